/**
 * What reading other engines' posts took, for the movers' summary that
 * `npm run check` ends with: a writer moving 500 posts sees in one screen
 * which fields were read under other names, which tags were converted and
 * which are left as text. Each map counts by name.
 */
export interface MovingSummary {
  /** Posts that wrote a field under another engine's name (`summary → description`), by that pair. */
  readonly fields: ReadonlyMap<string, number>;
  /** Posts with an empty optional field, read as not given, by field. */
  readonly emptied: ReadonlyMap<string, number>;
  /** Posts whose title came from their first heading. */
  readonly titlesFromHeading: number;
  /** Posts whose date came from their address (`url`, `path`, `permalink`). */
  readonly datesFromAddress: number;
  /** Tags and shortcodes converted, by name (`{{< youtube >}}`), counted each time they are written. */
  readonly converted: ReadonlyMap<string, number>;
  /** Tags and shortcodes left as text, by name (`{% include %}`). */
  readonly asText: ReadonlyMap<string, number>;
}

/** What one post took; `MovingSummary` adds them up. */
export interface PostMoving {
  readonly fields: readonly string[];
  readonly emptied: readonly string[];
  readonly titleFromHeading: boolean;
  readonly dateFromAddress: boolean;
  readonly converted: ReadonlyMap<string, number>;
  readonly asText: ReadonlyMap<string, number>;
}

function add(into: Map<string, number>, name: string, count = 1): void {
  into.set(name, (into.get(name) ?? 0) + count);
}

export function summariseMoving(posts: readonly PostMoving[]): MovingSummary {
  const fields = new Map<string, number>();
  const emptied = new Map<string, number>();
  const converted = new Map<string, number>();
  const asText = new Map<string, number>();
  for (const post of posts) {
    for (const name of post.fields) add(fields, name);
    for (const name of post.emptied) add(emptied, name);
    for (const [name, count] of post.converted) add(converted, name, count);
    for (const [name, count] of post.asText) add(asText, name, count);
  }
  return {
    fields,
    emptied,
    converted,
    asText,
    titlesFromHeading: posts.filter((post) => post.titleFromHeading).length,
    datesFromAddress: posts.filter((post) => post.dateFromAddress).length,
  };
}

/** By count, most first, then by name: the same order on every machine. */
function ranked(counts: ReadonlyMap<string, number>, unit: (count: number) => string): string {
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, count]) => `${name} (${unit(count)})`)
    .join(", ");
}

/**
 * The summary's lines, or none when no post needed anything: a site
 * written for Broadsheet gets no summary.
 */
export function movingReport(summary: MovingSummary): string[] {
  const posts = (count: number) => (count === 1 ? "1 post" : `${count} posts`);
  const times = (count: number) => `${count}×`;
  const lines: string[] = [];
  if (summary.fields.size) lines.push(`  fields read under other engines' names: ${ranked(summary.fields, posts)}`);
  if (summary.emptied.size) lines.push(`  empty fields read as not given: ${ranked(summary.emptied, posts)}`);
  if (summary.titlesFromHeading) lines.push(`  titles taken from the first heading: ${posts(summary.titlesFromHeading)}`);
  if (summary.datesFromAddress) lines.push(`  dates taken from the address: ${posts(summary.datesFromAddress)}`);
  if (summary.converted.size) lines.push(`  tags and shortcodes converted: ${ranked(summary.converted, times)}`);
  if (summary.asText.size) lines.push(`  tags and shortcodes left as text (see the warnings): ${ranked(summary.asText, times)}`);
  return lines.length ? ["Moving in from another engine:", ...lines] : [];
}
