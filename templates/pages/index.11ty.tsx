import { PostList } from "../components/PostList.tsx";
import type { PageData } from "../data.ts";
import { Base, renderPage } from "../layouts/Base.tsx";

export const data = { permalink: "/index.html" };

export function render({ broadsheet }: PageData): string {
  const { config, posts } = broadsheet;
  return renderPage(
    broadsheet,
    "/",
    <Base description={config.description}>
      <header class="page-header">
        <h1>{config.title}</h1>
        {config.description && <p class="lede">{config.description}</p>}
      </header>
      {posts.length ? <PostList posts={posts} /> : <p>No posts yet. Add a Markdown file to posts/ to publish the first one.</p>}
    </Base>,
  );
}
