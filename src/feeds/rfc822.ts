import type { PostDate } from "../model/post.ts";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * RSS 2.0's spelling of a moment (RFC 822): `Mon, 13 Jul 2020 23:30:00 -0500`,
 * the same day, time and offset the writer gave and every other output
 * shows, never converted to another zone.
 */
export function rfc822(date: PostDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(date.instant);
  if (!match) throw new Error(`not an RFC 3339 instant: ${date.instant}`);
  const [, y, m, d, time, zone] = match;
  const weekday = DAYS[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()];
  return `${weekday}, ${d} ${MONTHS[Number(m) - 1]} ${y} ${time} ${zone === "Z" ? "+0000" : zone!.replace(":", "")}`;
}
