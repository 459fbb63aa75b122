import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { accentProblem, ACCENT_EXAMPLE, BACKGROUNDS, contrastRatio, formatRatio, parseHexColour } from "../../src/model/theme.ts";

describe("contrastRatio", () => {
  it("gives 21:1 for black on white and 1:1 for a colour on itself, in either order", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrastRatio([120, 30, 200], [120, 30, 200])).toBe(1);
  });

  it("matches WCAG's worked value: #777 on white is 4.48:1, just short of AA", () => {
    expect(contrastRatio(parseHexColour("#777")!, parseHexColour("#fff")!)).toBeCloseTo(4.48, 2);
    expect(formatRatio(4.48)).toBe("4.4:1");
  });
});

describe("parseHexColour", () => {
  it("reads #rgb and #rrggbb, and nothing else", () => {
    expect(parseHexColour("#abc")).toEqual([0xaa, 0xbb, 0xcc]);
    expect(parseHexColour("#8A2C0F")).toEqual([0x8a, 0x2c, 0x0f]);
    for (const bad of ["red", "#abcd", "8a2c0f", "#ggg", "rgb(0,0,0)", "#8a2c0f; } body { display: none"]) expect(parseHexColour(bad)).toBeUndefined();
  });
});

describe("accentProblem", () => {
  it("accepts the theme's own accents", () => {
    expect(accentProblem(ACCENT_EXAMPLE.light, "light")).toBeUndefined();
    expect(accentProblem(ACCENT_EXAMPLE.dark, "dark")).toBeUndefined();
  });

  it("gives the ratio of a colour too faint for its background", () => {
    expect(accentProblem("#ffcc00", "light")).toBe(
      'is #ffcc00, which has 1.4:1 against the light background #fdfcf9; expected at least 4.5:1 (WCAG AA for link text), for example "#8a2c0f"',
    );
    expect(accentProblem("#8a2c0f", "dark")).toMatch(/^is #8a2c0f, which has 2\.\d:1 against the dark background #161513; expected at least 4\.5:1/);
  });

  it("refuses what is not a colour, so nothing else reaches the page's style", () => {
    expect(accentProblem("red; } body { display: none", "light")).toMatch(/^is "red; } body \{ display: none"; expected a colour as #rrggbb or #rgb/);
  });
});

describe("BACKGROUNDS", () => {
  it("are the backgrounds of the theme's stylesheet, light and dark", () => {
    const css = readFileSync(new URL("../../templates/assets/style.css", import.meta.url), "utf8");
    const backgrounds = [...css.matchAll(/--background:\s*(#[0-9a-f]{3,6});/gi)].map((match) => match[1]);
    // The first two are the screen's (light, then the dark scheme's); print sets its own.
    expect(backgrounds.slice(0, 2)).toEqual([BACKGROUNDS.light, BACKGROUNDS.dark]);
  });
});
