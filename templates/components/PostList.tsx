import type { Post } from "../../src/model/post.ts";
import { Byline } from "./Byline.tsx";
import { useHref, useStrings } from "./PageContext.ts";
import { Picture } from "./Picture.tsx";

/** The thumbnail is 12rem wide beside the text from 40rem, the column's width (less padding) above it on a phone. */
const THUMBNAIL_SIZES = "(min-width: 40rem) 12rem, calc(100vw - 2.5rem)";

/**
 * Posts as a list that invites reading: per post its thumbnail (its cover,
 * else its first image), title, description or excerpt, then the byline
 * with date and reading time. The thumbnail repeats the title's link for the
 * pointer, hidden from the keyboard and screen readers, which have the title.
 * `pinned`: the home page's pinned posts, each marked as such in words;
 * `ordered`: a list whose order is the point (a series' parts); `leading`:
 * the list opens the page, so its first thumbnail is on the first screen
 * (on a phone, full width above the first title: the largest thing there)
 * and is fetched at once, first, rather than lazily once laid out.
 */
export function PostList({ posts, pinned = false, ordered = false, leading = false }: { posts: readonly Post[]; pinned?: boolean; ordered?: boolean; leading?: boolean }) {
  const href = useHref();
  const t = useStrings();
  const List = ordered ? "ol" : "ul";
  return (
    <List class={pinned ? "post-list pinned-posts" : "post-list"}>
      {posts.map((post, index) => (
        <li key={post.id}>
          <article class="post-summary">
            {pinned && <p class="pinned-label">{t.text("list.pinned")}</p>}
            <h2>
              <a href={href(post.url)}>{post.title}</a>
            </h2>
            {post.thumbnail && (
              <a class="thumbnail" href={href(post.url)} tabIndex={-1} aria-hidden="true">
                <Picture image={{ ...post.thumbnail, alt: "" }} sizes={THUMBNAIL_SIZES} eager={leading && index === 0} />
              </a>
            )}
            {post.excerpt && <p class="excerpt">{post.excerpt}</p>}
            <Byline post={post} readingTime />
          </article>
        </li>
      ))}
    </List>
  );
}
