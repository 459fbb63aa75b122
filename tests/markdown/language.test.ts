import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/index.ts";
import { rendered } from "../helpers/markdown.ts";

/** Everything the renderer writes words of its own for: a callout, a footnote, a table without headings, a diagram, a video. */
const BODY = [
  "> [!WARNING]",
  "> Mind the gap.",
  "",
  "A claim.[^1]",
  "",
  "|   |   |",
  "|---|---|",
  "| 1 | 2 |",
  "",
  "```mermaid",
  "flowchart LR",
  "  A[One] --> B[Two]",
  "```",
  "",
  "https://vimeo.com/76979871",
  "",
  "[^1]: The source.",
].join("\n");

async function words(language: string) {
  const $ = load((await rendered(BODY, undefined, createMarkdown(language))).html);
  return {
    callout: $(".callout-title").text(),
    footnotes: $("section.footnotes").attr("aria-label"),
    back: $(".footnote-backref").attr("aria-label"),
    table: $(".table-scroll").attr("aria-label"),
    diagram: $(".diagram svg title").text(),
    source: $(".diagram-source summary").text(),
    video: $(".video-host").text(),
    play: $(".video .embed-load").text(),
  };
}

describe("the words the Markdown renderer writes", () => {
  it("are English on an English site", async () => {
    expect(await words("en")).toEqual({
      callout: "Warning",
      footnotes: "Footnotes",
      back: "Back to reference 1",
      table: "Table",
      diagram: "Flowchart",
      source: "Source of the diagram",
      video: "Video hosted by Vimeo. Your browser contacts player.vimeo.com only if you play it here. Privacy policy",
      play: "Play the video",
    });
  });

  it("are French on a French site, and Canadian French takes the French table", async () => {
    const french = {
      callout: "Avertissement",
      footnotes: "Notes",
      back: "Retour à l’appel de note 1",
      table: "Tableau",
      diagram: "Logigramme",
      source: "Source du diagramme",
      video: "Vidéo hébergée par Vimeo. Votre navigateur ne contacte player.vimeo.com que si vous la lancez ici. Politique de confidentialité",
      play: "Lire la vidéo",
    };
    expect(await words("fr")).toEqual(french);
    expect(await words("fr-CA")).toEqual(french);
  });

  it("are Arabic on an Arabic site", async () => {
    expect(await words("ar")).toEqual({
      callout: "تحذير",
      footnotes: "الحواشي",
      back: "العودة إلى الإحالة 1",
      table: "جدول",
      diagram: "مخطط انسيابي",
      source: "مصدر المخطط",
      video: "الفيديو مستضاف على Vimeo. لا يتصل متصفحك بـ player.vimeo.com إلا إذا شغّلته هنا. سياسة الخصوصية",
      play: "تشغيل الفيديو",
    });
  });

  it("leave no English behind in German and Spanish", async () => {
    const english = Object.values(await words("en"));
    for (const language of ["de", "es"]) {
      const translated = Object.values(await words(language));
      expect(translated.filter((word) => english.includes(word)), language).toEqual([]);
    }
  });
});
