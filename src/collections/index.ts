import type { AuthorProfile, Collections } from "../model/collections.ts";
import type { Post } from "../model/post.ts";
import type { Settings } from "../model/settings.ts";
import { archiveByYear } from "./archive.ts";
import { collectAuthors } from "./authors.ts";
import { neighboursOf } from "./neighbours.ts";
import { paginate } from "./pagination.ts";
import { homePages } from "./pinned.ts";
import { relatedPosts } from "./related.ts";
import { collectSeries } from "./series.ts";
import { collectTags } from "./tags.ts";

/** `posts` are the shown posts, newest first. */
export function buildCollections(posts: readonly Post[], settings: Settings, profiles: readonly AuthorProfile[]): Collections {
  const tagIndex = collectTags(posts, settings.language);
  const authorIndex = collectAuthors(posts, profiles, settings.language);
  const seriesIndex = collectSeries(posts, settings.language);
  return {
    home: homePages(posts, settings.pageSize),
    archive: archiveByYear(posts),
    tags: tagIndex.tags,
    tagPages: tagIndex.tags.flatMap((tag) => paginate(tag.posts, settings.pageSize, tag.url).map((page) => ({ ...page, tag }))),
    authors: authorIndex.authors,
    authorPages: authorIndex.authors.flatMap((author) => paginate(author.posts, settings.pageSize, author.url).map((page) => ({ ...page, author }))),
    series: seriesIndex.series,
    tagsOf: tagIndex.byPost,
    authorsOf: authorIndex.byPost,
    seriesOf: seriesIndex.byPost,
    neighbours: neighboursOf(posts),
    related: relatedPosts(posts, tagIndex),
  };
}
