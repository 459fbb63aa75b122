import type { Post } from "../../src/model/post.ts";
import { Byline } from "./Byline.tsx";
import { useHref } from "./PageContext.ts";

export function PostList({ posts }: { posts: readonly Post[] }) {
  const href = useHref();
  return (
    <ul class="post-list">
      {posts.map((post) => (
        <li key={post.id}>
          <article class="post-summary">
            <h2>
              <a href={href(post.url)}>{post.title}</a>
            </h2>
            <Byline post={post} />
            {post.excerpt && <p class="excerpt">{post.excerpt}</p>}
          </article>
        </li>
      ))}
    </ul>
  );
}
