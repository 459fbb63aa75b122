import type { Page } from "../../src/model/page.ts";
import type { Post } from "../../src/model/post.ts";
import { textDirection } from "../../src/model/locale.ts";
import { useAbsoluteUrl, useHref, usePage, useStrings } from "../components/PageContext.ts";

/**
 * The page left at a post's old address: browsers follow the refresh at
 * once, search engines follow the canonical link, and everyone else the link.
 */
export function Redirect({ post }: { post: Post | Page }) {
  const { site } = usePage();
  const href = useHref();
  const absolute = useAbsoluteUrl();
  const t = useStrings();
  const target = href(post.url);
  return (
    <html lang={site.settings.language} dir={textDirection(site.settings.language)}>
      <head>
        <meta charset="utf-8" />
        <title>{t.text("post.moved", { title: post.title })}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={absolute(post.url)} />
        <meta http-equiv="refresh" content={`0; url=${target}`} />
      </head>
      <body>
        <main>
          <p>{t.parts("slug" in post ? "post.movedTo" : "page.movedTo", { link: <a href={target}>{post.title}</a> })}</p>
        </main>
      </body>
    </html>
  );
}
