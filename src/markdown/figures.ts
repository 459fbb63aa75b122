import type { MarkdownIt, StateCore, Token } from "markdown-it";

/**
 * An image alone in its paragraph with a title, `![A boat](boat.jpg "The
 * ferry at dawn")`, becomes a `<figure>` whose `<figcaption>` is the title.
 * Any other image stays where it is, its title a tooltip.
 */
export function figures(md: MarkdownIt): void {
  md.core.ruler.push("figures", (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const open = tokens[i]!;
      const inline = tokens[i + 1]!;
      const close = tokens[i + 2]!;
      if (open.type !== "paragraph_open" || open.hidden || inline.type !== "inline" || close.type !== "paragraph_close") continue;
      const image = loneImage(inline);
      const caption = String(image?.attrGet("title") ?? "").trim();
      if (!image || !caption) continue;

      image.attrs = (image.attrs ?? []).filter(([name]) => name !== "title");
      open.type = "figure_open";
      open.tag = "figure";
      close.type = "figure_close";
      close.tag = "figure";
      const captionOpen = new state.Token("figcaption_open", "figcaption", 1);
      const captionText = new state.Token("inline", "", 0);
      captionText.content = caption;
      captionText.children = [Object.assign(new state.Token("text", "", 0), { content: caption })];
      const captionClose = new state.Token("figcaption_close", "figcaption", -1);
      for (const token of [captionOpen, captionText, captionClose]) token.level = open.level + 1;
      captionOpen.block = captionClose.block = true;
      tokens.splice(i + 2, 0, captionOpen, captionText, captionClose);
      i += 5;
    }
  });
}

function loneImage(inline: Token): Token | undefined {
  const children = (inline.children ?? []).filter((child) => !(child.type === "text" && child.content.trim() === ""));
  return children.length === 1 && children[0]?.type === "image" ? children[0] : undefined;
}
