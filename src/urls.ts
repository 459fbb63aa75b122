/**
 * Pages link to each other with relative URLs, so the built site works from
 * disk (file://) and under any sub-path without rewriting. Links to a folder
 * name its index.html, which a browser opening files from disk needs.
 *
 * URLs here are site-relative: `/`, `/posts/x/`, `/assets/style.css`.
 */
export function relativeHref(fromUrl: string, toUrl: string): string {
  const hashAt = toUrl.indexOf("#");
  const fragment = hashAt === -1 ? "" : toUrl.slice(hashAt);
  const target = hashAt === -1 ? toUrl : toUrl.slice(0, hashAt);
  if (target === "" || target === fromUrl) return fragment || (fromUrl.endsWith("/") ? "index.html" : lastSegment(fromUrl));

  const fromDir = fromUrl.slice(0, fromUrl.lastIndexOf("/") + 1).split("/").filter(Boolean);
  const targetFile = target.endsWith("/") ? `${target}index.html` : target;
  const toParts = targetFile.split("/").filter(Boolean);
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  const up = "../".repeat(fromDir.length - common);
  return `${up}${toParts.slice(common).join("/")}${fragment}`;
}

function lastSegment(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
}

/** The absolute URL of a site-relative one, under the site's base URL (which carries any sub-path). */
export function absoluteUrl(baseUrl: string, siteUrl: string): string {
  return new URL(siteUrl.replace(/^\//, ""), baseUrl).href;
}

/**
 * The path from the server's root of a site-relative URL: `/blog/archive/` for
 * `/archive/` on a site whose base URL is `https://example.com/blog/`. For the
 * one page served at arbitrary paths (404), where relative links would break.
 */
export function rootRelativeUrl(baseUrl: string, siteUrl: string): string {
  const url = new URL(siteUrl.replace(/^\//, ""), baseUrl);
  return `${url.pathname}${url.search}${url.hash}`;
}
