export type OldUrlResult = { ok: true; url: string } | { ok: false; message: string };

// The same rule as slugs: nothing that could name a path outside the site.
const UNSAFE = /[\\%\u0000-\u001f\u007f?#"<>]|(^|\/)\.\.?(\/|$)/;

/**
 * An old address of a post (`redirect_from`, `aliases`, `permalink`) as a
 * site-relative URL: `/2019/01/old-post/` or `/old-post.html`. Addresses
 * without a file extension are folders, as other engines publish them.
 */
export function oldUrl(value: string): OldUrlResult {
  const text = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith("//")) {
    return { ok: false, message: `"${text}" is an address on another site; expected a path on this site such as /2019/01/old-post/` };
  }
  if (text === "" || text === "/" || UNSAFE.test(text)) {
    return { ok: false, message: `"${text.replace(/[\u0000-\u001f\u007f]/g, "?")}" is not a safe path; expected a path on this site such as /2019/01/old-post/, without .., \\, % or ?` };
  }
  const url = `/${text.replace(/^\/+/, "").replace(/\/{2,}/g, "/")}`;
  if (url.endsWith("/") || /\.html?$/i.test(url)) return { ok: true, url };
  return { ok: true, url: /\/[^/]*\.[a-z0-9]+$/i.test(url) ? url : `${url}/` };
}
