import { oldUrl } from "./old-urls.ts";
import { slugFromFileName } from "./slug.ts";

/**
 * The address another engine gave a post in its front matter: Hugo's `url`
 * (`/2019/03/my-post/`) or Zola's `path` (`blog/my-post`, from the site's
 * root). A folder address is the post's own; a file address
 * (`/my-post.html`), which Broadsheet publishes no post at, becomes an old
 * address that redirects to the post. Checked like old addresses: nothing
 * outside the site, no `..`, `%`, `?` or `#`.
 */
export type AddressResult = { ok: true; url?: string; redirect?: string; slug: string } | { ok: false; message: string };

export function addressFromFrontMatter(value: string): AddressResult {
  const result = oldUrl(value);
  if (!result.ok) return result;
  const last = result.url.split("/").filter(Boolean).at(-1) ?? "";
  const slug = slugFromFileName(last.replace(/\.html?$/i, ".md"));
  return result.url.endsWith("/") ? { ok: true, url: result.url, slug } : { ok: true, redirect: result.url, slug };
}

const DATED = /(?:^|\/)(\d{4})[/-](\d{2})[/-](\d{2})(?=[/-]|$)/;

/**
 * The day an address names, as Jekyll's default permalinks
 * (`/2020/01/10/name/`, `/blog/2020-01-10-name/`) and many Hugo `url`s carry
 * it; undefined when there is none or it is no real day.
 */
export function dateFromAddress(value: unknown): string | undefined {
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item !== "string") continue;
    const match = DATED.exec(item);
    if (!match) continue;
    const [, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) return `${year}-${month}-${day}`;
  }
  return undefined;
}
