import { nameList } from "../../src/model/locale.ts";
import type { Post } from "../../src/model/post.ts";
import { CommentCount } from "./CommentCount.tsx";
import { FormattedDate } from "./FormattedDate.tsx";
import { useHref, usePage, useStrings } from "./PageContext.ts";

/** "A and B", with each name linked to its author page, joined the way the site's language joins names. */
function AuthorNames({ post }: { post: Post }) {
  const { site } = usePage();
  const href = useHref();
  const authors = site.collections.authorsOf.get(post.id) ?? [];
  const format = nameList(site.settings.language);
  let next = 0;
  return (
    <span class="author">
      {format.formatToParts(authors.map((author) => author.name)).map((part) => {
        if (part.type === "literal") return part.value;
        const author = authors[next++]!;
        return (
          <a key={author.slug} rel="author" href={href(author.url)}>
            {author.name}
          </a>
        );
      })}
    </span>
  );
}

/**
 * Author and date; on the post's own page (`details`) also when it was
 * updated; how long it takes to read there and in lists (`readingTime`).
 */
export function Byline({ post, details = false, readingTime = details }: { post: Post; details?: boolean; readingTime?: boolean }) {
  const t = useStrings();
  const { site } = usePage();
  const href = useHref();
  // Pictures of the authors, on the post's own page: decorative, as their names follow.
  const avatars = details ? (site.collections.authorsOf.get(post.id) ?? []).filter((author) => author.avatar) : [];
  return (
    <p class="byline">
      {avatars.map((author) => (
        <img key={author.slug} class="avatar" src={href(author.avatar!)} alt="" width={40} height={40} />
      ))}
      <AuthorNames post={post} />
      <span aria-hidden="true"> · </span>
      <FormattedDate date={post.date} />
      {details && post.updated && (
        <>
          <span aria-hidden="true"> · </span>
          <span class="updated">
            {t.parts("byline.updated", { date: <FormattedDate date={post.updated} /> })}
          </span>
        </>
      )}
      {readingTime && (
        <>
          <span aria-hidden="true"> · </span>
          <span class="reading-time">{t.count("byline.readingTime", post.readingMinutes)}</span>
        </>
      )}
      <CommentCount post={post} />
    </p>
  );
}
