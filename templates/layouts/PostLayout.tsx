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
import { PostTags } from "../components/TagList.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";
import { Base } from "./Base.tsx";

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
          <div {...chrome}>
            <Byline post={post} details />
          </div>
        </header>
        <SeriesParts post={post} chrome={chrome} />
        {post.toc && <TableOfContents headings={post.headings} chrome={chrome} />}
        <TrustedHtml class="post-body" html={post.html} />
        <PostTags post={post} />
      </article>
      <PostNavigation post={post} />
      <Comments post={post} />
      {loader && <script src={href(ASSETS.embedsScript)} defer />}
    </Base>
  );
}
