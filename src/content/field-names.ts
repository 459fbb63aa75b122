import { KNOWN_FIELDS } from "./schema.ts";

/** Optimal string alignment distance: edits, counting a swap of two neighbours (`titel`) as one. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/**
 * The known field `name` is written in another case (`Title`, `Tags`,
 * `publishdate`), as Hugo reads front matter keys whatever their case, or
 * undefined when `name` is known as written or not at all.
 */
export function fieldInOtherCase(name: string, known: readonly string[] = KNOWN_FIELDS): string | undefined {
  if (known.includes(name)) return undefined;
  const lower = name.toLowerCase();
  return known.find((field) => field.toLowerCase() === lower);
}

/**
 * The known field an unknown one was probably meant to be (`titel` → `title`,
 * `update` → `updated`, `Autor` → `author`), or undefined for a field that is simply
 * the writer's own. Short names allow one edit, longer ones two.
 */
export function intendedField(name: string, known: readonly string[] = KNOWN_FIELDS): string | undefined {
  if (known.includes(name)) return undefined;
  const lower = name.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const distance = editDistance(lower, field.toLowerCase());
    const allowed = field.length <= 4 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}
