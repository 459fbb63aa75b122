import { describe, expect, it } from "vitest";
import { element, escapeXml, xmlDocument, xmlSafe } from "../../src/feeds/xml.ts";
import { parseXmlStrictly } from "../helpers/python.ts";

const HOSTILE = `<script>alert("x")</script> ]]> & 'quotes' "double" \u0000\u0001\u0008\u000B\u001F tab\tnewline\n`;

describe("the XML writer", () => {
  it("escapes markup, ampersands and both quotes", () => {
    expect(escapeXml(`<a href="x">'&'</a> ]]>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt; ]]&gt;");
  });

  it("drops characters XML 1.0 forbids and keeps tab, newline, astral characters and the rest", () => {
    expect(xmlSafe("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi")).toBe("abcdefghi");
    expect(xmlSafe("tab\tline\ncr\r")).toBe("tab\tline\ncr\r");
    expect(xmlSafe("emoji 🙂 and Ω")).toBe("emoji 🙂 and Ω");
    expect(xmlSafe("lone \uD800 high and \uDC00 low")).toBe("lone  high and  low");
  });

  it("writes elements and attributes from hostile text that a strict XML parser reads back unchanged", async () => {
    const xml = xmlDocument(element("feed", { title: HOSTILE }, element("title", {}, HOSTILE), element("empty", { skipped: undefined })));
    const clean = xmlSafe(HOSTILE);
    // Attribute values have their tabs and newlines normalised to spaces by every XML parser.
    expect(await parseXmlStrictly(xml)).toEqual({ ok: true, root: "feed", title: clean, attribute: clean.replace(/[\t\n]/g, " ") });
    expect(xml).toContain("<empty/>");
    // The check itself refuses what we must never write.
    expect((await parseXmlStrictly(`<feed><title>${HOSTILE}</title></feed>`)).ok).toBe(false);
  });

  it("refuses element and attribute names that are not XML names", () => {
    expect(() => element("a b")).toThrow(/not an XML name/);
    expect(() => element("a", { 'x="1"': "y" })).toThrow(/not an XML name/);
  });
});
