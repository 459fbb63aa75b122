import { formatDay } from "../../src/model/locale.ts";
import type { PostDate } from "../../src/model/post.ts";
import { usePage } from "./PageContext.ts";

/** The calendar day as written, in the site's language; never shifted by a time zone. */
export function FormattedDate({ date }: { date: PostDate }) {
  const { site } = usePage();
  return <time datetime={date.day}>{formatDay(date.day, site.settings.language)}</time>;
}
