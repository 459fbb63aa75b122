import type { Page } from "../../src/model/page.ts";
import type { Site } from "../../src/model/site.ts";
import { renderPage } from "../layouts/Base.tsx";
import { PageLayout } from "../layouts/PageLayout.tsx";

/** `/<path>/`: a page of `pages/`, such as `/about/`. */
export function pagePage(site: Site, page: Page): string {
  return renderPage(site, page.url, <PageLayout page={page} />);
}
