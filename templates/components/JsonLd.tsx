/**
 * JSON that stays valid JSON and stays inside its `<script>` element whatever
 * the strings in it hold: `<`, `>` and `&` are written as \u003c, \u003e and
 * \u0026 (so `</script>` and `<!--` cannot close or confuse the element), and
 * U+2028 and U+2029 as escapes too. A JSON parser reads back the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Structured data for search engines. Besides TrustedHtml, this is the one
 * other place raw text reaches a page: a script element's content is not
 * HTML, so JSX's HTML escaping would corrupt it; {@link scriptSafeJson} is
 * the escaping that fits.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}
