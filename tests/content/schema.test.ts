import { describe, expect, it } from "vitest";
import { balancedBidi, frontMatterText } from "../../src/content/schema.ts";

const RLO = "\u202E";
const RLE = "\u202B";
const PDF = "\u202C";
const RLI = "\u2067";
const FSI = "\u2068";
const PDI = "\u2069";

describe("balancedBidi", () => {
  it.each([
    ["closes an override left open", `${RLO}evil`, `${RLO}evil${PDF}`],
    ["closes an isolate left open", `${RLI}عربي`, `${RLI}عربي${PDI}`],
    ["closes nested openings innermost first", `${RLI}a${RLE}b`, `${RLI}a${RLE}b${PDF}${PDI}`],
    ["drops a closer that closes nothing", `a${PDF}b${PDI}c`, "abc"],
    ["drops a PDF inside an isolate opened after its embedding", `${RLE}a${FSI}b${PDF}c`, `${RLE}a${FSI}bc${PDI}${PDF}`],
    ["lets a PDI close the embeddings inside its isolate", `${RLI}a${RLE}b${PDI}c`, `${RLI}a${RLE}b${PDI}c`],
    ["keeps balanced controls as written", `a ${RLI}עברית${PDI} b`, `a ${RLI}עברית${PDI} b`],
    ["leaves text without controls alone", "Plain title", "Plain title"],
  ])("%s", (_what, input, output) => {
    expect(balancedBidi(input)).toBe(output);
  });
});

describe("frontMatterText", () => {
  it("drops control characters and balances bidirectional controls", () => {
    expect(frontMatterText(`a\u0001b${RLO}c`)).toBe(`ab${RLO}c${PDF}`);
  });
});
