import type { Redirect as RedirectData, Site } from "../../src/model/site.ts";
import { renderPage } from "../layouts/Base.tsx";
import { Redirect } from "../layouts/Redirect.tsx";

/** A post's old address: a page that sends readers on to the post. */
export function redirectPage(site: Site, redirect: RedirectData): string {
  return renderPage(site, redirect.from, <Redirect post={redirect.to} />);
}
