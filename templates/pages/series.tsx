import type { Series } from "../../src/model/collections.ts";
import { SERIES_INDEX } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { FeedLink } from "../components/FeedLink.tsx";
import { PostList } from "../components/PostList.tsx";
import { UpLink } from "../components/UpLink.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/series/<slug>/`: a series' parts, in reading order. */
export function seriesPage(site: Site, series: Series): string {
  const count = `${series.parts.length} ${series.parts.length === 1 ? "part" : "parts"}`;
  return renderPage(
    site,
    series.url,
    <Base
      title={`Series “${series.name}”`}
      description={`The ${count} of the series “${series.name}” on ${site.settings.title}, in reading order.`}
      discovery={{ feed: { title: `Series “${series.name}” (Atom)`, url: series.feedUrl } }}
    >
      <UpLink to={SERIES_INDEX}>All series</UpLink>
      <header class="page-header">
        <h1>Series “{series.name}”</h1>
        <p class="lede">{count}, in reading order</p>
        <FeedLink url={series.feedUrl}>Subscribe to this series (Atom feed)</FeedLink>
      </header>
      <PostList posts={series.parts} ordered />
    </Base>,
  );
}
