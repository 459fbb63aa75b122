import type { PostDate } from "../model/post.ts";

/** Dates are calendar dates as the writer wrote them; nothing here reads the machine's time zone. */
export type DateResult = { ok: true; date: PostDate } | { ok: false; message: string };

const EXPECTED =
  "expected a date as YYYY-MM-DD (for example 2020-07-13) or an ISO 8601 date-time such as 2020-07-13T09:30:00+02:00";

/**
 * Dates as the engines posts come from read them: ISO 8601 and RFC 3339
 * (Hugo, Zola, Eleventy), YAML timestamps (`2001-12-14 21:59:43.10 -5`), and
 * what Jekyll's Ruby reads: a one-digit month, day or hour
 * (`2021-06-01 9:30:00 +0000`), `/` between the parts, AM or PM, UTC or GMT.
 */
const DATE_TIME =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:\s*([ap]\.?m\.?))?(?:\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?))?)?$/i;

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** "Jul 08 2022" (Astro's starter), "July 8, 2022", "8 July 2022": a month name, a day and a year. */
const MONTH_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;
const DAY_FIRST = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;

/** A full date written with an English month name, as `YYYY-MM-DD`; any other text unchanged. */
function fromMonthName(text: string): string {
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text);
  const [name, day, year] = monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : [];
  if (!name || !day || !year) return text;
  const month = MONTH_NAMES.findIndex((candidate) => candidate.startsWith(name.toLowerCase())) + 1;
  return month ? `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}` : text;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a front matter date. A date-time without an offset keeps its calendar
 * day and is taken as UTC for feeds (documented in the README).
 */
export function parsePostDate(value: unknown): DateResult {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
    return { ok: false, message: `is empty; ${EXPECTED}` };
  }
  if (typeof value !== "string") {
    return { ok: false, message: `is ${describe(value)}; ${EXPECTED}` };
  }
  const text = value.trim();
  const match = DATE_TIME.exec(fromMonthName(text));
  if (!match && /^(git )?(last modified|created)$/i.test(text)) {
    return { ok: false, message: `"${text}" is Eleventy's date from the file or from git, which differs between checkouts; ${EXPECTED}` };
  }
  if (!match) return { ok: false, message: `"${text}" is not a date; ${EXPECTED}` };
  const [, y, m, d, hour, mm, ss, fraction, meridiem, offset] = match;
  const year = Number(y);
  const month = Number(m);
  const dayOfMonth = Number(d);
  if (month < 1 || month > 12) {
    return { ok: false, message: `"${text}" has month ${m}, which does not exist; ${EXPECTED}` };
  }
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    return { ok: false, message: `"${text}" is not a real date (${monthName(month)} ${year} has ${daysInMonth(year, month)} days); ${EXPECTED}` };
  }
  const hh = hour === undefined ? undefined : twelveHour(Number(hour), meridiem);
  if (hh !== undefined && (hh > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59 || (offset !== undefined && !/^(z|utc|gmt)$/i.test(offset) && offsetMinutes(offset) > 18 * 60))) {
    return { ok: false, message: `"${text}" has a time that does not exist; ${EXPECTED}` };
  }
  const day = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  const time = hh === undefined ? "00:00:00" : `${String(hh).padStart(2, "0")}:${mm}:${ss ?? "00"}${fraction ?? ""}`;
  const zone = offset === undefined || /^(z|utc|gmt)$/i.test(offset) ? "Z" : normaliseOffset(offset);
  const instant = `${day}T${time}${zone}`;
  return { ok: true, date: { day, instant, epoch: Date.parse(instant) } };
}

/** `9 PM` is 21, `12 AM` is 0; a time without AM or PM is read as written (13 PM does not exist). */
function twelveHour(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return 99;
  return (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
}

/** `+0200`, `+02`, `-5` and `+02:00` as `+02:00`. */
function normaliseOffset(offset: string): string {
  const [, sign, hours, minutes] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(offset)!;
  return `${sign}${hours!.padStart(2, "0")}:${minutes ?? "00"}`;
}

function offsetMinutes(offset: string): number {
  const [, , hours, minutes] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(offset)!;
  return Number(hours) * 60 + Number(minutes ?? 0);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date object";
  return `a ${typeof value}`;
}

function monthName(month: number): string {
  return new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));
}

/** Today's calendar day in UTC, for new posts. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
