/** The part of Eleventy's dev server (`@11ty/eleventy-dev-server` 2.x, CommonJS, untyped) the preview uses. */
declare module '@11ty/eleventy-dev-server' {
  interface DevServerOptions {
    /** Reload the page when told (`reload`); true by default. */
    liveReload?: boolean;
    /** Patch the page's DOM instead of reloading it; needs Eleventy's template map, so off here. */
    domDiff?: boolean;
  }

  class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    /** Starts listening (on the next free port if `port` is taken) and prints where. */
    serve(port: number): Promise<void>;
    /** Tells every open page to reload. */
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }

  export default EleventyDevServer;
}
