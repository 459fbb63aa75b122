import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { rendered } from "../helpers/markdown.ts";
import { ENGINE_ROOT } from "../helpers/site.ts";

const FLOWCHART = [
  "```mermaid",
  "flowchart TD",
  "  accTitle: How a report is checked",
  "  accDescr: A report arrives, is checked, then published or sent back.",
  "  A[Report arrives] --> B{Checked?}",
  "  B -->|Yes| C[Publish]",
  "  B -->|No| D[Send back]",
  "```",
].join("\n");

const EVERY_KIND = [
  "flowchart LR\n  subgraph one [One]\n    A(Round) -->|x| B{Decide}\n  end\n  B -.-> C((C)) ==> D[(Store)]",
  "sequenceDiagram\n  participant A as Analyst\n  A->>B: Report\n  Note over A,B: Checked\n  B-->>A: Published",
  "classDiagram\n  class Report {\n    +title: string\n    +publish() void\n  }\n  Report <|-- Brief",
  "erDiagram\n  AUTHOR ||--o{ POST : writes",
  "stateDiagram-v2\n  [*] --> Draft\n  Draft --> Published\n  Published --> [*]",
  'xychart-beta\n  title "Attacks"\n  x-axis [jan, feb, mar]\n  y-axis "Count" 0 --> 40\n  bar [12, 30, 18]\n  line [10, 25, 20]',
];

/** The custom properties the stylesheet defines for the page (its :root rules, light and dark). */
function themeVariables(): Set<string> {
  const css = readFileSync(path.join(ENGINE_ROOT, "templates/assets/style.css"), "utf8");
  return new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!));
}

describe("diagrams", () => {
  it("become an inline SVG named by its accTitle and accDescr, with its source beside it and no script", async () => {
    const $ = load((await rendered(`Before.\n\n${FLOWCHART}\n`)).html, { xmlMode: false });
    const figure = $("figure.diagram");
    expect(figure.length).toBe(1);
    const svg = figure.children("svg");
    expect(svg.attr("role")).toBe("img");
    expect(svg.attr("aria-labelledby")).toBe("diagram-1-title");
    expect(svg.attr("aria-describedby")).toBe("diagram-1-description");
    expect($("#diagram-1-title").text()).toBe("How a report is checked");
    expect($("#diagram-1-description").text()).toBe("A report arrives, is checked, then published or sent back.");
    expect(svg.find("text").map((_, el) => $(el).text()).get()).toEqual(expect.arrayContaining(["Report arrives", "Checked?", "Publish", "Send back", "Yes", "No"]));
    // The source is there for every reader, without the accessibility lines, which became the title and description.
    expect(figure.find("details.diagram-source summary").text()).toBe("Source of the diagram");
    expect(figure.find("details.diagram-source code").text()).toContain("A[Report arrives] --> B{Checked?}");
    expect($("script").length).toBe(0);
  });

  it("fetch nothing and stay inside their own figure: no web font, ids and styles scoped to the diagram", async () => {
    const html = (await rendered(`${FLOWCHART}\n\n${FLOWCHART}\n`)).html;
    expect(html).not.toMatch(/@import|googleapis|https?:\/\/(?!www\.w3\.org)/);
    const $ = load(html);
    const ids = $("[id]").map((_, el) => $(el).attr("id")).get();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^diagram-[12]($|-)/.test(id))).toBe(true);
    // Every rule of each diagram's stylesheet applies inside that diagram alone.
    $("svg style").each((i, style) => {
      const selectors = [...$(style).text().matchAll(/([^{}]+)\{/g)].map((match) => match[1]!.trim());
      expect(selectors.length).toBeGreaterThan(0);
      for (const selector of selectors.flatMap((list) => list.split(","))) expect(selector.trim()).toMatch(new RegExp(`^#diagram-${i + 1}\\b`));
    });
    // Every reference points at an id of its own diagram.
    for (const match of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(match[1]);
  });

  it.each(EVERY_KIND)("draw every kind beautiful-mermaid knows in the theme's colours, light and dark: %s", async (source) => {
    const html = (await rendered(`\`\`\`mermaid\n${source}\n\`\`\`\n`)).html;
    const $ = load(html);
    expect($("figure.diagram svg").length).toBe(1);
    // A colour the diagram does not define itself comes from the theme, which defines it for both schemes.
    const defined = new Set([...html.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!));
    const theme = themeVariables();
    const used = [...html.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]!);
    const fromPage = [...new Set(used.filter((name) => !defined.has(name)))];
    for (const name of fromPage) expect(theme, `${name} is used by the diagram`).toContain(name);
  });

  it("leave other fenced blocks alone", async () => {
    const $ = load((await rendered("```js\nconst graph = 1;\n```\n")).html);
    expect($("figure.diagram").length).toBe(0);
    expect($("pre code.language-js").length).toBe(1);
  });
});
