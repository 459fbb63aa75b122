import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { ProblemsError, type Problem } from "../content/problems.ts";
import { commentsSettingsSchema } from "../comments/providers.ts";

const text = z.string().trim().min(1, "expected non-empty text");

/** The one schema of a site's settings: everything that differs between blogs. */
export const siteConfigSchema = z.strictObject({
  title: text,
  description: z.string().trim().default(""),
  /**
   * Where the site is published, with any sub-path it lives under:
   * `https://example.com/` or `https://example.com/blog/`.
   */
  url: z
    .url({ protocol: /^https?$/, error: "expected an absolute http(s) URL such as https://example.com/" })
    .transform((value) => (value.endsWith("/") ? value : `${value}/`)),
  /** BCP 47 language tag of the site, for `<html lang>` and date formatting. */
  language: z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "expected a BCP 47 language tag such as en or en-GB").default("en"),
  /** Used when a post names no author. Without it, every post must name one. */
  defaultAuthor: text.optional(),
  /** Posts per page on the home, tag and author pages. */
  pageSize: z.number({ error: "expected a whole number of posts per page, such as 10" }).int("expected a whole number, such as 10").min(1, "expected at least 1").default(10),
  /** How many of the newest posts the Atom, RSS and JSON feeds carry. */
  feedSize: z.number({ error: "expected a whole number of posts, such as 20" }).int("expected a whole number, such as 20").min(1, "expected at least 1").default(20),
  /** `"auto"`: posts with at least three h2 headings get a table of contents unless they say `toc: false`. */
  toc: z.union([z.literal("auto"), z.literal(false)], { error: 'expected "auto" (a table of contents for posts with three or more sections) or false' }).default(false),
  /** The comments provider and its settings, or none; `enabled: false` turns comments off everywhere. */
  comments: commentsSettingsSchema,
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

export const SITE_CONFIG_FILE = "site.config.ts";

export function validateSiteConfig(raw: unknown, file = SITE_CONFIG_FILE): SiteConfig {
  const result = siteConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.map((issue) => ({
    file,
    field: issue.path.join(".") || "(settings)",
    message: issue.message,
  }));
  throw new ProblemsError(problems);
}

/** Reads `site.config.ts` from the site root; a site without one is refused with the file to write. */
export async function loadSiteConfig(root: string): Promise<SiteConfig> {
  const file = path.join(root, SITE_CONFIG_FILE);
  if (!existsSync(file)) {
    throw new ProblemsError([{ file: SITE_CONFIG_FILE, message: "not found; every site needs one (see the README's Configuration section)" }]);
  }
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  return validateSiteConfig(module.default);
}
