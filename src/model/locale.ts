import type { TextDirection } from "./post.ts";

/**
 * How the site's language writes the things pages show: dates, lists of
 * names, counts, and which way the text runs. Formatters are kept per
 * language, as creating one costs more than using it.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "July 13, 2020" for `2020-07-13` in English, in the given language otherwise; never shifted by a time zone. */
export function formatDay(day: string, language: string): string {
  let format = dayFormats.get(language);
  if (!format) dayFormats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" })));
  const [y, m, d] = day.split("-").map(Number);
  return format.format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "A and B" in a language's own words. */
export function nameList(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) listFormats.set(language, (format = new Intl.ListFormat(language, { style: "long", type: "conjunction" })));
  return format;
}

/** "1 post", "3 posts", in English: `npm run check`'s summary, which speaks English like its problem lines. */
export function countOf(count: number, noun: "post" | "page"): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// Scripts written right to left (ISO 15924). V8's Intl.Locale text info misses
// some of them (Thaana, Arabic-script Azerbaijani and Kurdish), so we ask only for the script.
const RTL_SCRIPTS = new Set([
  "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hebr", "Hung", "Khar", "Lydi", "Mand", "Mani", "Mend",
  "Merc", "Mero", "Narb", "Nbat", "Nkoo", "Orkh", "Ougr", "Palm", "Phli", "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd",
  "Sogo", "Syrc", "Thaa", "Yezi",
]);

const directions = new Map<string, TextDirection>();

/** `rtl` for tags whose (likely) script is written right to left: `ar`, `he`, `fa`, `ur`, `ku-Arab`, ... */
export function textDirection(tag: string): TextDirection {
  let direction = directions.get(tag);
  if (!direction) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(tag).maximize().script;
    } catch {
      script = undefined;
    }
    direction = script && RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
    directions.set(tag, direction);
  }
  return direction;
}
