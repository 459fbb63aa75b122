import type { Token } from "markdown-it";

/** The words of inline tokens without their markup: text, code, the TeX of formulas and the alt text of images. */
export function plainText(children: readonly Token[]): string {
  let out = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline" || child.type === "math_inline") out += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") out += " ";
    else if (child.type === "image") out += plainText(child.children ?? []);
  }
  return out.replace(/\s+/g, " ").trim();
}
