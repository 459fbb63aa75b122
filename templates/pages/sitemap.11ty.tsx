import { PAGES } from "../../src/pages.ts";
import { sitemapIndexXml, sitemapXml } from "../../src/sitemap/sitemap.ts";
import type { PageData } from "../data.ts";

export const data = { permalink: PAGES.sitemap };

export function render({ broadsheet }: PageData): string {
  const { entries, parts } = broadsheet.sitemap;
  return parts.length ? sitemapIndexXml(parts, broadsheet.config.url) : sitemapXml(entries);
}
