import { PAGES } from "../../src/pages.ts";
import { robotsTxt } from "../../src/sitemap/sitemap.ts";
import type { PageData } from "../data.ts";

export const data = { permalink: PAGES.robots };

export function render({ broadsheet }: PageData): string {
  return robotsTxt(broadsheet.config.url);
}
