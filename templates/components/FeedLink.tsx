import { useHref } from "./PageContext.ts";

/** A visible link to a list's own Atom feed: the same feed its page announces in `<head>`. */
export function FeedLink({ url, children }: { url: string; children: string }) {
  const href = useHref();
  return (
    <p class="feed-link">
      <a href={href(url)} type="application/atom+xml">
        {children}
      </a>
    </p>
  );
}
