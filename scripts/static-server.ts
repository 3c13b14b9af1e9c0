import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** A page to answer with (status 404) for paths that match no file, e.g. the site's `404.html`. */
  notFoundPage?: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
}

/**
 * Serve a built folder on the loopback address only, as a static host would: `dir/index.html`
 * for `dir/`, the 404 page for anything else. Used by the browser tests, the audits and the
 * Lighthouse script; a build with a path prefix is served by pointing `root` at a folder that
 * holds the site under that prefix.
 */
export async function serveFolder(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const files = sirv(root, { dev: true, dotfiles: false, etag: false });
  // Read on each miss: the folder may be built (or rebuilt) after the server starts.
  const notFound = async () => (options.notFoundPage ? readFile(options.notFoundPage).catch(() => null) : null);
  const server: Server = createServer((req, res) => {
    files(req, res, () => {
      void notFound().then((page) => {
        res.writeHead(404, { 'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
        res.end(page ?? 'Not found\n');
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
