import type { Post } from "../../src/content/post.ts";
import { Byline } from "../components/Byline.tsx";
import { Comments } from "../components/Comments.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";
import { Base } from "./Base.tsx";

export function PostLayout({ post }: { post: Post }) {
  return (
    <Base title={post.title} description={post.excerpt}>
      <article class="post">
        <header class="post-header">
          <h1>{post.title}</h1>
          <Byline post={post} />
        </header>
        <TrustedHtml class="post-body" html={post.html} />
      </article>
      {post.comments && <Comments post={post} />}
    </Base>
  );
}
