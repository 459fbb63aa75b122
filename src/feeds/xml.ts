/**
 * A small typed XML writer for feeds and the sitemap. Text and attribute
 * values are always escaped; markup is only ever made by `element`, so no
 * caller can put unescaped text into a document.
 */
export class XmlMarkup {
  constructor(readonly markup: string) {}
}

export type XmlChild = XmlMarkup | string | undefined | false | readonly XmlChild[];

// Characters XML 1.0 forbids anywhere, escaped or not: C0 controls other than
// tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters no XML 1.0 document may contain. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, "");
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text for XML content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

function render(child: XmlChild): string {
  if (child === undefined || child === false) return "";
  if (typeof child === "string") return escapeXml(child);
  if (child instanceof XmlMarkup) return child.markup;
  return child.map(render).join("");
}

/** `<name attr="value">children</name>`; attributes that are `undefined` are left out. */
export function element(name: string, attributes: Readonly<Record<string, string | undefined>> = {}, ...children: XmlChild[]): XmlMarkup {
  if (!NAME.test(name)) throw new Error(`not an XML name: ${name}`);
  let attrs = "";
  for (const [key, value] of Object.entries(attributes)) {
    if (!NAME.test(key)) throw new Error(`not an XML name: ${key}`);
    if (value !== undefined) attrs += ` ${key}="${escapeXml(value)}"`;
  }
  const content = children.map(render).join("");
  return new XmlMarkup(content ? `<${name}${attrs}>${content}</${name}>` : `<${name}${attrs}/>`);
}

/** A whole document with its XML declaration. */
export function xmlDocument(root: XmlMarkup): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root.markup}\n`;
}
