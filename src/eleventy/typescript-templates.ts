import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * Page templates are `*.11ty.tsx` files: typed JSX rendered to strings by
 * preact-render-to-string, which escapes every value by default. tsx (loaded
 * with `--import tsx`) compiles them; Eleventy treats them as 11ty.js templates.
 */
export function typescriptTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}
