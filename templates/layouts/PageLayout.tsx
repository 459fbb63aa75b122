import type { Page } from "../../src/model/page.ts";
import { textDirection } from "../../src/model/locale.ts";
import { ASSETS } from "../../src/model/routes.ts";
import { Comments } from "../components/Comments.tsx";
import { useHref, usePage } from "../components/PageContext.ts";
import { SocialMeta } from "../components/SocialMeta.tsx";
import { TableOfContents } from "../components/TableOfContents.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";
import { Base } from "./Base.tsx";

/** A page of `pages/`: its title, contents and body, and comments only when it asks for them. No date, byline or neighbours. */
export function PageLayout({ page }: { page: Page }) {
  const { site } = usePage();
  const href = useHref();
  const loader = page.embeds > 0 || site.comments.get(page.id)?.provider?.embed !== undefined;
  const siteLanguage = site.settings.language;
  const foreign = page.lang !== siteLanguage;
  const chrome = foreign ? { lang: siteLanguage, dir: textDirection(siteLanguage) } : {};
  return (
    <Base title={page.title} description={page.metaDescription} meta={<SocialMeta type="website" title={page.title} description={page.metaDescription} image={page.image} />}>
      <article class="post page" data-pagefind-body {...(foreign ? { lang: page.lang, dir: page.dir } : {})}>
        <header class="post-header">
          <h1>{page.title}</h1>
        </header>
        {page.toc && <TableOfContents headings={page.headings} chrome={chrome} />}
        <TrustedHtml class="post-body" html={page.html} />
      </article>
      <Comments post={page} />
      {loader && <script src={href(ASSETS.embedsScript)} defer />}
    </Base>
  );
}
