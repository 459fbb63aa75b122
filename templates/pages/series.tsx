import type { Series } from "../../src/model/collections.ts";
import { SERIES_INDEX } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { FeedLink } from "../components/FeedLink.tsx";
import { PostList } from "../components/PostList.tsx";
import { UpLink } from "../components/UpLink.tsx";
import { Base, renderPage } from "../layouts/Base.tsx";

/** `/series/<slug>/`: a series' parts, in reading order. */
export function seriesPage(site: Site, series: Series): string {
  const t = stringsFor(site.settings.language);
  const count = t.count("count.parts", series.parts.length);
  const title = t.text("series.title", { name: series.name });
  return renderPage(
    site,
    series.url,
    <Base
      title={title}
      description={t.text("series.description", { parts: count, name: series.name, site: site.settings.title })}
      discovery={{ feed: { title: t.text("feed.seriesTitle", { name: series.name }), url: series.feedUrl } }}
    >
      <UpLink to={SERIES_INDEX}>{t.text("series.all")}</UpLink>
      <header class="page-header">
        <h1>{title}</h1>
        <p class="lede">{t.text("series.lede", { parts: count })}</p>
        <FeedLink url={series.feedUrl}>{t.text("feed.subscribeSeries")}</FeedLink>
      </header>
      <PostList posts={series.parts} ordered leading />
    </Base>,
  );
}
