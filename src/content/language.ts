/**
 * Language tags and writing direction. A post may be written in another
 * language than the site; right-to-left scripts need `dir="rtl"`.
 */

export type TextDirection = "ltr" | "rtl";

/**
 * The canonical form of a BCP 47 tag (`EN-gb` → `en-GB`), or undefined if it
 * is not one. The language itself must be a two- or three-letter code, as
 * every language in use has: the grammar's 5–8 letter form would let a word
 * like "english" through.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  return canonical && /^[a-z]{2,3}(?:-|$)/.test(canonical) ? canonical : undefined;
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
