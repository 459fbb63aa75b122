import type { Problem } from "./problem.ts";
import { ar } from "./strings/ar.ts";
import { de } from "./strings/de.ts";
import { en } from "./strings/en.ts";
import { es } from "./strings/es.ts";
import { fr } from "./strings/fr.ts";

/**
 * The words of the page chrome, one table per language (src/model/strings/),
 * chosen by the site's `language`: plural forms by Intl.PluralRules, numbers
 * by Intl.NumberFormat. A string a language lacks is shown in English, and
 * the site loader warns about it by language and key.
 */
export type StringKey = keyof typeof en;
/** The forms of a counted phrase, by plural category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };
export type StringEntry = string | PluralForms;
export type StringTable = Partial<Record<StringKey, StringEntry>>;

/** The shipped tables, by primary language subtag. */
export const STRING_TABLES: Readonly<Record<string, StringTable>> = { en, fr, de, es, ar };

const FALLBACK = "en";

/** The table for a BCP 47 tag: `fr-CA` takes `fr`'s. */
export function tableLanguage(language: string, tables: Readonly<Record<string, StringTable>> = STRING_TABLES): string | undefined {
  const primary = language.toLowerCase().split("-")[0]!;
  return Object.hasOwn(tables, primary) ? primary : undefined;
}

/** The keys English has that `table` lacks, in the English table's order. */
export function missingKeys(table: StringTable): StringKey[] {
  return (Object.keys(en) as StringKey[]).filter((key) => table[key] === undefined);
}

/**
 * Warnings for a site whose language has no table, or a table without some
 * strings: each names the language and the key, and says the English shown instead.
 */
export function stringWarnings(language: string, file: string, tables: Readonly<Record<string, StringTable>> = STRING_TABLES): Problem[] {
  const found = tableLanguage(language, tables);
  if (found === undefined) {
    return [
      {
        file,
        field: "language",
        severity: "warning",
        message: `is "${language}", for which Broadsheet has no strings, so the pages' own words are in English (dates and numbers still follow "${language}"); strings ship for ${Object.keys(tables).join(", ")}`,
      },
    ];
  }
  return missingKeys(tables[found]!).map((key) => ({
    file,
    field: "language",
    severity: "warning",
    message: `"${language}" has no string "${key}", so pages show the English "${englishText(en[key])}"`,
  }));
}

function englishText(entry: StringEntry): string {
  return typeof entry === "string" ? entry : entry.other;
}

/** The words of the pages in one language. */
export interface Strings {
  readonly language: string;
  /** The string, with `{name}` filled in from `values`. */
  text(key: StringKey, values?: Readonly<Record<string, string | number>>): string;
  /** A counted phrase in the form the number takes: "1 post", "3 posts", "تدوينتان". `{count}` is the number, written the language's way. */
  count(key: StringKey, count: number, values?: Readonly<Record<string, string | number>>): string;
  /** The string cut at its `{name}` marks, each replaced by its value: for templates that put an element (a link, a date) there. */
  parts<V>(key: StringKey, values: Readonly<Record<string, V>>): (string | V)[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(text: string, values: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

const cache = new Map<string, Strings>();

/** The strings for a site's `language`; English where its table (or its lack of one) leaves a gap. */
export function stringsFor(language: string, tables: Readonly<Record<string, StringTable>> = STRING_TABLES): Strings {
  const cached = tables === STRING_TABLES ? cache.get(language) : undefined;
  if (cached) return cached;
  const table = tables[tableLanguage(language, tables) ?? FALLBACK] ?? {};
  const plural = new Intl.PluralRules(language);
  const englishPlural = new Intl.PluralRules(FALLBACK);
  const numbers = new Intl.NumberFormat(language);
  /** The entry and the plural rules that fit it: the language's own, or English for an English fallback. */
  const lookup = (key: StringKey): { entry: StringEntry; rules: Intl.PluralRules } => {
    const own = table[key];
    return own === undefined ? { entry: en[key], rules: englishPlural } : { entry: own, rules: plural };
  };
  const strings: Strings = {
    language,
    text: (key, values) => {
      const { entry } = lookup(key);
      return fill(englishText(entry), values);
    },
    count: (key, count, values) => {
      const { entry, rules } = lookup(key);
      const form = typeof entry === "string" ? entry : (entry[rules.select(count)] ?? entry.other);
      return fill(form, { ...values, count: numbers.format(count) });
    },
    parts: <V,>(key: StringKey, values: Readonly<Record<string, V>>) => {
      const text = englishText(lookup(key).entry);
      const parts: (string | V)[] = [];
      let at = 0;
      for (const match of text.matchAll(PLACEHOLDER)) {
        const name = match[1]!;
        if (!Object.hasOwn(values, name)) continue;
        if (match.index > at) parts.push(text.slice(at, match.index));
        parts.push(values[name]!);
        at = match.index + match[0].length;
      }
      if (at < text.length) parts.push(text.slice(at));
      return parts;
    },
  };
  if (tables === STRING_TABLES) cache.set(language, strings);
  return strings;
}
