// Types for the parts we use of two packages that ship none.

declare module "markdown-it-footnote" {
  import type { PluginSimple } from "markdown-it";
  const footnote: PluginSimple;
  export default footnote;
}

declare module "@11ty/eleventy-img" {
  export interface ImageStat {
    readonly format: string;
    readonly width: number;
    readonly height: number;
    readonly url: string;
    readonly sourceType: string;
    readonly srcset: string;
    readonly filename: string;
    readonly outputPath: string;
  }
  /** Output files by format (`avif`, `webp`, `jpeg`, ...), smallest width first. */
  export type ImageMetadata = Record<string, readonly ImageStat[]>;
  export interface ImageOptions {
    readonly widths?: readonly (number | "auto")[];
    readonly formats?: readonly string[];
    readonly outputDir?: string;
    readonly urlPath?: string;
    readonly fixOrientation?: boolean;
    readonly svgShortCircuit?: boolean | "size";
  }
  interface ImageFunction {
    (src: string, options?: ImageOptions): Promise<ImageMetadata>;
    generateHTML(metadata: ImageMetadata, attributes: Record<string, string>): string;
  }
  const Image: ImageFunction;
  export default Image;
}
