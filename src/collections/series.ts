import { groupSlug } from "../content/slug.ts";
import type { Series, SeriesPart } from "../model/collections.ts";
import type { Post } from "../model/post.ts";
import type { Problem } from "../model/problem.ts";
import { listFeedUrl, seriesUrl } from "../model/routes.ts";
import { compareText } from "./tags.ts";

export function seriesSlug(name: string): string {
  return groupSlug(name, "series");
}

export interface SeriesIndex {
  /** Every series of the given posts, by name in the site's language. */
  readonly series: readonly Series[];
  /** Each post's series and its place in it, by post id. */
  readonly byPost: ReadonlyMap<string, SeriesPart>;
}

/**
 * Reading order: by `seriesOrder`; the posts without one after those with
 * one, oldest first; ties by slug, so the order never depends on the file
 * system.
 */
export function readingOrder(a: Post, b: Post): number {
  const orderA = a.series?.order ?? Infinity;
  const orderB = b.series?.order ?? Infinity;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return a.date.epoch - b.date.epoch || compareText(a.slug, b.slug);
}

/**
 * Groups the shown posts (newest first) by the series they name. Names are
 * compared by slug (two names with one slug are a problem found by
 * `seriesProblems`; here the first name in code-point order wins, so the
 * output is still deterministic).
 */
export function collectSeries(posts: readonly Post[], language: string): SeriesIndex {
  const groups = new Map<string, { names: Set<string>; posts: Post[] }>();
  for (const post of posts) {
    if (!post.series) continue;
    const slug = seriesSlug(post.series.name);
    let group = groups.get(slug);
    if (!group) groups.set(slug, (group = { names: new Set(), posts: [] }));
    group.names.add(post.series.name);
    group.posts.push(post);
  }
  const series: Series[] = [...groups].map(([slug, group]) => ({
    slug,
    name: [...group.names].sort(compareText)[0]!,
    url: seriesUrl(slug),
    feedUrl: listFeedUrl(seriesUrl(slug)),
    parts: [...group.posts].sort(readingOrder),
    posts: group.posts,
  }));
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  series.sort((a, b) => collator.compare(a.name, b.name) || compareText(a.slug, b.slug));
  const byPost = new Map<string, SeriesPart>();
  for (const one of series) one.parts.forEach((post, index) => byPost.set(post.id, { series: one, number: index + 1 }));
  return { series, byPost };
}

/**
 * What is wrong with the series of every post read, drafts and scheduled
 * posts included (so a problem is found before the day it would be
 * published): two names that make one address (`Iraq Notes` and
 * `iraq-notes`), and two parts of a series with the same `seriesOrder`.
 * A series of a single post is a warning: often a name spelt differently
 * from the other parts'.
 */
export function seriesProblems(posts: readonly Post[]): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const bySlug = new Map<string, Post[]>();
  for (const post of [...posts].sort((a, b) => compareText(a.sourcePath, b.sourcePath))) {
    if (!post.series) continue;
    const slug = seriesSlug(post.series.name);
    const group = bySlug.get(slug);
    if (group) group.push(post);
    else bySlug.set(slug, [post]);
  }
  const where = (post: Post) => (post.series?.line === undefined ? {} : { line: post.series.line, column: post.series.column });
  const orderAt = (post: Post) => (post.series?.orderLine === undefined ? where(post) : { line: post.series.orderLine, column: post.series.orderColumn });
  for (const [slug, group] of bySlug) {
    const first = group[0]!;
    const name = first.series!.name;
    const other = group.find((post) => post.series!.name !== name);
    if (other) {
      problems.push({
        file: other.sourcePath,
        ...where(other),
        field: "series",
        message: `"${other.series!.name}" and "${name}" (in ${first.sourcePath}) are two series with one address, ${seriesUrl(slug)}; expected one spelling for both`,
      });
    }
    const byOrder = new Map<number, Post>();
    for (const post of group) {
      const order = post.series!.order;
      if (order === undefined) continue;
      const taken = byOrder.get(order);
      if (taken) {
        problems.push({
          file: post.sourcePath,
          ...orderAt(post),
          field: "seriesOrder",
          message: `is ${order}, as in ${taken.sourcePath}, in the series "${name}"; expected each part of a series to have its own seriesOrder`,
        });
      } else byOrder.set(order, post);
    }
    if (group.length === 1) {
      warnings.push({
        file: first.sourcePath,
        ...where(first),
        field: "series",
        severity: "warning",
        message: `"${name}" has no other post; expected two or more posts in a series (is the name spelt as in the other parts?)`,
      });
    }
  }
  return { problems, warnings };
}
