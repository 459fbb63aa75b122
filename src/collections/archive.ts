import type { ArchiveYear } from "../model/collections.ts";
import type { Post } from "../model/post.ts";

/** Posts (newest first) grouped by the year of their date, newest year first, in one pass. */
export function archiveByYear(posts: readonly Post[]): ArchiveYear[] {
  const years: { year: string; posts: Post[] }[] = [];
  for (const post of posts) {
    const year = post.date.day.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return years;
}
