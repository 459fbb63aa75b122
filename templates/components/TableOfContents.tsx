import type { Heading, TextDirection } from "../../src/model/post.ts";
import { useStrings } from "./PageContext.ts";

interface Entry {
  readonly heading: Heading;
  readonly children: Entry[];
}

/** Nests each heading under the nearest one before it of a higher level. */
function nest(headings: readonly Heading[]): Entry[] {
  const root: Entry[] = [];
  const open: Entry[] = [];
  for (const heading of headings) {
    const entry: Entry = { heading, children: [] };
    while (open.length && open[open.length - 1]!.heading.level >= heading.level) open.pop();
    (open.length ? open[open.length - 1]!.children : root).push(entry);
    open.push(entry);
  }
  return root;
}

function Entries({ entries }: { entries: readonly Entry[] }) {
  return (
    <ol>
      {entries.map(({ heading, children }) => (
        <li key={heading.id}>
          <a href={`#${heading.id}`}>{heading.text}</a>
          {children.length > 0 && <Entries entries={children} />}
        </li>
      ))}
    </ol>
  );
}

/**
 * The post's h2–h4 headings as nested links, shown before the body. The
 * entries are in the post's language; the title is one of the page's own
 * words, so it carries the page's language (`chrome`) when the post is in
 * another, and names the navigation landmark through aria-labelledby.
 */
export function TableOfContents({ headings, chrome }: { headings: readonly Heading[]; chrome: { lang?: string; dir?: TextDirection } }) {
  const t = useStrings();
  return (
    <nav class="toc" aria-labelledby="toc-title">
      <p class="toc-title" id="toc-title" {...chrome}>
        {t.text("post.toc")}
      </p>
      <Entries entries={nest(headings)} />
    </nav>
  );
}
