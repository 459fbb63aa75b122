const listFormats = new Map<string, Intl.ListFormat>();

/** "A and B" in a language's own words; one formatter per language, as creating one costs more than using it. */
export function nameList(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) listFormats.set(language, (format = new Intl.ListFormat(language, { style: "long", type: "conjunction" })));
  return format;
}
