import { parsePostDate } from "../../src/content/dates.ts";
import type { Post, PostDate } from "../../src/model/post.ts";
import { postUrl } from "../../src/model/routes.ts";

function date(text: string): PostDate {
  const result = parsePostDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

/** A `Post` value for unit tests of the collections; fields as front matter would give them. */
export function makePost(fields: {
  slug: string;
  date: string;
  title?: string;
  author?: string;
  tags?: string[];
  draft?: boolean;
  updated?: string;
  expires?: string;
  pinned?: boolean;
  series?: string;
  seriesOrder?: number;
}): Post {
  return {
    id: fields.slug,
    slug: fields.slug,
    url: postUrl(fields.slug),
    title: fields.title ?? fields.slug,
    authors: [fields.author ?? "A. Writer"],
    author: fields.author ?? "A. Writer",
    redirects: [],
    assets: [],
    embeds: 0,
    card: undefined,
    links: [],
    date: date(fields.date),
    updated: fields.updated === undefined ? undefined : date(fields.updated),
    expires: fields.expires === undefined ? undefined : date(fields.expires),
    description: undefined,
    tags: fields.tags ?? [],
    draft: fields.draft ?? false,
    pinned: fields.pinned ?? false,
    series: fields.series === undefined ? undefined : { name: fields.series, order: fields.seriesOrder },
    comments: true,
    excerpt: "",
    html: "<p>Body.</p>",
    sourcePath: `posts/${fields.slug}.md`,
    data: {},
    metaDescription: "",
    readingMinutes: 1,
    headings: [],
    toc: false,
    lang: "en",
    dir: "ltr",
    image: undefined,
    cover: undefined,
    thumbnail: undefined,
  };
}
