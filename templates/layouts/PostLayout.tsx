import type { Post } from "../../src/model/post.ts";
import { textDirection } from "../../src/model/locale.ts";
import { ASSETS } from "../../src/model/routes.ts";
import { Byline } from "../components/Byline.tsx";
import { Comments } from "../components/Comments.tsx";
import { useHref, usePage } from "../components/PageContext.ts";
import { PostMeta } from "../components/PostMeta.tsx";
import { PostNavigation } from "../components/PostNavigation.tsx";
import { SeriesParts } from "../components/SeriesParts.tsx";
import { TableOfContents } from "../components/TableOfContents.tsx";
import { Picture } from "../components/Picture.tsx";
import { ShareLinks } from "../components/ShareLinks.tsx";
import { PostTags } from "../components/TagList.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";
import { Base } from "./Base.tsx";

/** The cover fills the text column: 36rem, less the body's padding on a phone. */
const COVER_SIZES = "(min-width: 38.5rem) 36rem, calc(100vw - 2.5rem)";

export function PostLayout({ post }: { post: Post }) {
  const { site } = usePage();
  const href = useHref();
  // One loader for everything that waits for the reader's click: the post's videos and the comments provider.
  const loader = post.embeds > 0 || site.comments.get(post.id)?.provider?.embed !== undefined;
  const siteLanguage = site.settings.language;
  // A post in another language than the site's carries its own lang and dir; the page's own words (byline, table of contents) keep the site's.
  const foreign = post.lang !== siteLanguage;
  const chrome = foreign ? { lang: siteLanguage, dir: textDirection(siteLanguage) } : {};
  return (
    <Base title={post.title} description={post.metaDescription} meta={<PostMeta post={post} />}>
      {/* Only the post itself is indexed for search; lists and navigation would pollute the results. */}
      <article class="post" data-pagefind-body {...(foreign ? { lang: post.lang, dir: post.dir } : {})}>
        <header class="post-header">
          <h1>{post.title}</h1>
          {post.description && <p class="standfirst">{post.description}</p>}
          <div {...chrome}>
            <Byline post={post} details />
            <PostTags post={post} />
          </div>
        </header>
        {post.cover && (
          <figure class="cover">
            <Picture image={post.cover} sizes={COVER_SIZES} eager />
          </figure>
        )}
        <SeriesParts post={post} chrome={chrome} />
        {post.toc && <TableOfContents headings={post.headings} chrome={chrome} />}
        <TrustedHtml class="post-body" html={post.html} />
      </article>
      <ShareLinks post={post} />
      <PostNavigation post={post} />
      <Comments post={post} />
      {loader && <script src={href(ASSETS.embedsScript)} defer />}
    </Base>
  );
}
