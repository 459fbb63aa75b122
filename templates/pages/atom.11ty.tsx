import { FEED_URLS } from "../../src/feeds/entries.ts";
import { atomFeed } from "../../src/feeds/atom.ts";
import type { PageData } from "../data.ts";

export const data = { permalink: FEED_URLS.atom };

export function render({ broadsheet }: PageData): string {
  return atomFeed(broadsheet.feed);
}
