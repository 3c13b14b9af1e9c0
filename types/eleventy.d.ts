// Eleventy ships no type declarations for its main import (STACK.md).
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (eleventyConfig: EleventyConfig) => void;
  }
  export interface EleventyConfig {
    addGlobalData(name: string, value: unknown): void;
    addExtension(ext: string[], options: { key: string }): void;
    addTemplateFormats(format: string): void;
    setTemplateFormats(formats: string[]): void;
    addPassthroughCopy(path: string | Record<string, string>): void;
    addTransform(name: string, transform: (content: string, outputPath: string) => string | Promise<string>): void;
    setQuietMode(quiet: boolean): void;
    ignores: { add(glob: string): void };
    [key: string]: unknown;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silence Eleventy's own console output, including the stack traces it prints on errors. */
    disableLogger(): void;
  }
}
