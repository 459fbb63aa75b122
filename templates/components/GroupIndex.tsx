import { useHref, useStrings } from "./PageContext.ts";

/** A tag or an author: something with a page that lists its posts. */
interface Group {
  readonly slug: string;
  readonly name: string;
  readonly url: string;
  readonly posts: readonly unknown[];
}

/** Every tag, or every author, linked to its page, with its number of posts. */
export function GroupIndex({ groups }: { groups: readonly Group[] }) {
  const href = useHref();
  const t = useStrings();
  return (
    <ul class="tag-index">
      {groups.map((group) => (
        <li key={group.slug}>
          <a href={href(group.url)}>{group.name}</a> <span class="count">({t.count("count.posts", group.posts.length)})</span>
        </li>
      ))}
    </ul>
  );
}
