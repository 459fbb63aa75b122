import type { Post } from "../../src/model/post.ts";
import { Byline } from "./Byline.tsx";
import { useHref } from "./PageContext.ts";

/**
 * Posts with their bylines and excerpts. `pinned`: the home page's pinned
 * posts, each marked as such in words; `ordered`: a list whose order is the
 * point (a series' parts).
 */
export function PostList({ posts, pinned = false, ordered = false }: { posts: readonly Post[]; pinned?: boolean; ordered?: boolean }) {
  const href = useHref();
  const List = ordered ? "ol" : "ul";
  return (
    <List class={pinned ? "post-list pinned-posts" : "post-list"}>
      {posts.map((post) => (
        <li key={post.id}>
          <article class="post-summary">
            {pinned && <p class="pinned-label">Pinned</p>}
            <h2>
              <a href={href(post.url)}>{post.title}</a>
            </h2>
            <Byline post={post} />
            {post.excerpt && <p class="excerpt">{post.excerpt}</p>}
          </article>
        </li>
      ))}
    </List>
  );
}
