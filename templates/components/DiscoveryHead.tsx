import { ROUTES } from "../../src/model/routes.ts";
import { useHref, usePage } from "./PageContext.ts";

export interface DiscoveryHeadProps {
  /** Site-relative URLs of the previous and next page of a paginated list. */
  readonly previous?: string;
  readonly next?: string;
  /** Keeps the page out of search engines (the 404 page). */
  readonly noindex?: boolean;
  /** The page's own Atom feed (a tag's, an author's, a series'), announced besides the site's. */
  readonly feed?: { readonly title: string; readonly url: string };
  /** Site-relative URLs of stylesheets this page needs besides the site's own. */
  readonly stylesheets?: readonly string[];
}

/** What the head says to feed readers, crawlers and browsers about the pages around this one. */
export function DiscoveryHead({ previous, next, noindex, feed, stylesheets = [] }: DiscoveryHeadProps) {
  const { site } = usePage();
  const href = useHref();
  const title = site.settings.title;
  return (
    <>
      {noindex && <meta name="robots" content="noindex" />}
      <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={href(ROUTES.atom)} />
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={href(ROUTES.rss)} />
      <link rel="alternate" type="application/feed+json" title={`${title} (JSON Feed)`} href={href(ROUTES.json)} />
      {feed && <link rel="alternate" type="application/atom+xml" title={feed.title} href={href(feed.url)} />}
      {previous && <link rel="prev" href={href(previous)} />}
      {next && <link rel="next" href={href(next)} />}
      {stylesheets.map((sheet) => (
        <link key={sheet} rel="stylesheet" href={href(sheet)} />
      ))}
    </>
  );
}
