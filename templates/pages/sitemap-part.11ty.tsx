import type { SitemapPart } from "../../src/sitemap/sitemap.ts";
import { sitemapXml } from "../../src/sitemap/sitemap.ts";
import type { PageData } from "../data.ts";

interface SitemapPartData extends PageData {
  readonly part: SitemapPart;
}

/** The files sitemap.xml indexes on a site of more than 50,000 pages; none on a smaller one. */
export const data = {
  pagination: { data: "broadsheet.sitemap.parts", size: 1, alias: "part" },
  permalink: ({ part }: SitemapPartData) => part.url,
};

export function render({ part }: SitemapPartData): string {
  return sitemapXml(part.entries);
}
