import type { Redirect as RedirectData } from "../../src/build/site-data.ts";
import type { PageData } from "../data.ts";
import { renderPage } from "../layouts/Base.tsx";
import { Redirect } from "../layouts/Redirect.tsx";
import { pagesToRender } from "../../src/eleventy/changed-pages.ts";

interface RedirectPageData extends PageData {
  readonly redirect: RedirectData;
}

export const data = {
  pagination: { data: "broadsheet.redirects", size: 1, alias: "redirect", before: pagesToRender },
  permalink: ({ redirect }: RedirectPageData) => (redirect.from.endsWith("/") ? `${redirect.from}index.html` : redirect.from),
};

export function render({ broadsheet, redirect }: RedirectPageData): string {
  return renderPage(broadsheet, redirect.from, <Redirect post={redirect.to} />);
}
