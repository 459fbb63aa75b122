import type { MarkdownIt, StateBlock } from "markdown-it";

const OPEN = /^\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}\s*$/;
const CLOSE = /^\{%-?\s*endhighlight\s*-?%\}\s*$/;

/**
 * Jekyll's `{% highlight ruby %} ... {% endhighlight %}` becomes a fenced
 * code block in that language, so moved posts keep their highlighted code.
 */
export function liquidHighlight(md: MarkdownIt): void {
  md.block.ruler.before("fence", "liquid_highlight", (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    const lineText = (line: number) => state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
    const open = OPEN.exec(lineText(startLine));
    if (!open) return false;
    let close = startLine + 1;
    while (close < endLine && !CLOSE.test(lineText(close))) close++;
    if (close >= endLine) return false;
    if (silent) return true;
    const token = state.push("fence", "code", 0);
    token.info = open[1] ?? "";
    token.markup = "```";
    token.content = state.getLines(startLine + 1, close, state.blkIndent, true);
    token.map = [startLine, close + 1];
    state.line = close + 1;
    return true;
  });
}
