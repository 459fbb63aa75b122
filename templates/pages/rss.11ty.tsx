import { FEED_URLS } from "../../src/feeds/entries.ts";
import { rssFeed } from "../../src/feeds/rss.ts";
import type { PageData } from "../data.ts";

export const data = { permalink: FEED_URLS.rss };

export function render({ broadsheet }: PageData): string {
  return rssFeed(broadsheet.feed);
}
