import type { Tag } from "../../src/model/collections.ts";
import type { Post } from "../../src/model/post.ts";
import { useHref, usePage, useStrings } from "./PageContext.ts";

/** A post's tags, each linking to its tag page. */
export function TagList({ tags }: { tags: readonly Tag[] }) {
  const href = useHref();
  const t = useStrings();
  if (!tags.length) return null;
  return (
    <div class="post-tags">
      <h2 class="visually-hidden">{t.text("post.tags")}</h2>
      <ul class="tag-list">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={href(tag.url)} rel="tag">
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The tags of a post, as the tag pages name them. */
export function PostTags({ post }: { post: Post }) {
  const { site } = usePage();
  return <TagList tags={site.collections.tagsOf.get(post.id) ?? []} />;
}
