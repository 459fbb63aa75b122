import { PAGES } from "../../src/pages.ts";
import { sitemapEntries, sitemapXml } from "../../src/sitemap/sitemap.ts";
import type { PageData } from "../data.ts";

export const data = { permalink: PAGES.sitemap };

export function render({ broadsheet }: PageData): string {
  return sitemapXml(sitemapEntries(broadsheet));
}
