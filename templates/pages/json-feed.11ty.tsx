import { FEED_URLS } from "../../src/feeds/entries.ts";
import { jsonFeed } from "../../src/feeds/json-feed.ts";
import type { PageData } from "../data.ts";

export const data = { permalink: FEED_URLS.json };

export function render({ broadsheet }: PageData): string {
  return jsonFeed(broadsheet.feed);
}
