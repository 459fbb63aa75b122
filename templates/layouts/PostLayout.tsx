import type { Post } from "../../src/content/post.ts";
import { Byline } from "../components/Byline.tsx";
import { Comments } from "../components/Comments.tsx";
import { PostNavigation } from "../components/PostNavigation.tsx";
import { PostTags } from "../components/TagList.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";
import { Base } from "./Base.tsx";

export function PostLayout({ post }: { post: Post }) {
  return (
    <Base title={post.title} description={post.excerpt}>
      {/* Only the post itself is indexed for search; lists and navigation would pollute the results. */}
      <article class="post" data-pagefind-body>
        <header class="post-header">
          <h1>{post.title}</h1>
          <Byline post={post} />
        </header>
        <TrustedHtml class="post-body" html={post.html} />
        <PostTags post={post} />
      </article>
      <PostNavigation post={post} />
      {post.comments && <Comments post={post} />}
    </Base>
  );
}
