import type { PostPageData } from "../data.ts";
import { renderPage } from "../layouts/Base.tsx";
import { PostLayout } from "../layouts/PostLayout.tsx";
import { pagesToRender } from "../../src/eleventy/changed-pages.ts";

export const data = {
  pagination: { data: "broadsheet.posts", size: 1, alias: "post", before: pagesToRender },
  permalink: (data: PostPageData) => `${data.post.url}index.html`,
};

export function render(data: PostPageData): string {
  return renderPage(data.broadsheet, data.post.url, <PostLayout post={data.post} />);
}
