/**
 * Fields that stop a post when they are empty: a post cannot be shown
 * without a title or a date. Every other field written empty is simply not
 * given, as other engines read it.
 */
const REQUIRED = new Set(["title", "date"]);

function isBlank(value: unknown): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * The front matter with every empty optional field left out: `description: ""`,
 * `image: ""`, `updated:` (no value), `tags: []`, `summary: ""` and the like
 * are absent, and a list loses its empty items (`tags: [iraq, ""]`). Starters
 * and archetypes of Hugo, Jekyll and Eleventy write such fields into every
 * new post, so a whole moved blog has them. `title` and `date` stay as
 * written, so an empty one is still a problem that names its line.
 * Returns the names of the fields left out, for the movers' summary.
 */
export function withoutEmptyFields(data: Record<string, unknown>): { fields: Record<string, unknown>; emptied: string[] } {
  const fields: Record<string, unknown> = {};
  const emptied: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (REQUIRED.has(name)) {
      fields[name] = value;
      continue;
    }
    const kept = Array.isArray(value) ? value.filter((item) => !isBlank(item)) : value;
    if (isBlank(kept) || (Array.isArray(kept) && kept.length === 0)) {
      emptied.push(name);
      continue;
    }
    fields[name] = kept;
  }
  return { fields, emptied };
}
