import { z } from "zod";
import { describeInput, flag, frontMatterSchema, languageField, text } from "./schema.ts";

/**
 * Hugo's ways of putting a page in the main menu: `menu: main`,
 * `menu: [main]` or `menu: { main: { weight: 10 } }`. Each means `menu: true`
 * (a weight, `order`); another menu's name means nothing here.
 */
function hugoMenu(value: unknown): { menu: boolean; weight?: unknown } | undefined {
  if (value === "main") return { menu: true };
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return { menu: value.includes("main") };
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const main = (value as Record<string, unknown>).main;
    if (main === undefined) return { menu: false };
    const weight = main && typeof main === "object" ? (main as Record<string, unknown>).weight : undefined;
    return { menu: true, ...(weight === undefined ? {} : { weight }) };
  }
  return undefined;
}

/**
 * The one schema of a page's front matter (`pages/*.md`), derived from the
 * post's: the fields a page shares with a post are the post schema's own
 * (description, imageAlt and the old addresses), and those whose words
 * name a post say "page". A page has no date, author, tags or slug: its
 * address is its path under `pages/`. Fields it does not name are kept and
 * reach the templates as `page.data`.
 */
export const pageSchema = frontMatterSchema
  .pick({ description: true, imageAlt: true, redirect_from: true, aliases: true, permalink: true })
  .extend({
    title: text("the page's title", '"About this blog"'),
    draft: flag("true keeps the page out of the published site").default(false),
    /** Pages have no comments unless they ask for them. */
    comments: flag("true gives the page a comments section").default(false),
    toc: flag("true shows a table of contents of the page's headings").optional(),
    lang: languageField("the language the page is written in").optional(),
    image: text("the picture shown when the page is shared, relative to the page", "images/cover.jpg").optional(),
    menu: z.unknown().optional().transform((value, ctx): boolean => {
      if (value === undefined || value === null) return false;
      if (typeof value === "boolean") return value;
      const hugo = hugoMenu(value);
      if (hugo) return hugo.menu;
      ctx.addIssue({ code: "custom", message: `is ${describeInput(value)}; expected true or false (true lists the page in the site's header)` });
      return z.NEVER;
    }),
    order: z
      .number({ error: (issue) => `is ${describeInput(issue.input)}; expected a number that places the page in the header's menu, smallest first, for example 10` })
      .finite("expected a finite number, for example 10")
      .optional(),
  });

export type PageFields = z.output<typeof pageSchema>;

/** Hugo's `weight`, and the weight in its `menu: { main: { weight } }`, are our `order` when the page gives none. */
export function pageFieldAliases(data: Record<string, unknown>): Record<string, unknown> {
  const fields = { ...data };
  const menu = hugoMenu(data.menu);
  const weight = data.weight ?? menu?.weight;
  if (fields.order === undefined && weight !== undefined) fields.order = weight;
  delete fields.weight;
  return fields;
}

/** The fields the page schema knows, and Hugo's `weight`, for spotting misspelt ones. */
export const KNOWN_PAGE_FIELDS: readonly string[] = [...Object.keys(pageSchema.shape), "weight", "summary", "excerpt", "published"];
