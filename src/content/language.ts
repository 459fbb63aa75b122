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
