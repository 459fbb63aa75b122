import type { Page } from "../../src/model/page.ts";
import type { Post } from "../../src/model/post.ts";
import { useAbsoluteUrl, useHref, usePage } from "../components/PageContext.ts";

/**
 * The page left at a post's old address: browsers follow the refresh at
 * once, search engines follow the canonical link, and everyone else the link.
 */
export function Redirect({ post }: { post: Post | Page }) {
  const { site } = usePage();
  const href = useHref();
  const absolute = useAbsoluteUrl();
  const target = href(post.url);
  return (
    <html lang={site.settings.language}>
      <head>
        <meta charset="utf-8" />
        <title>{`Moved: ${post.title}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={absolute(post.url)} />
        <meta http-equiv="refresh" content={`0; url=${target}`} />
      </head>
      <body>
        <main>
          <p>
            {"slug" in post ? "This post" : "This page"} has moved to <a href={target}>{post.title}</a>.
          </p>
        </main>
      </body>
    </html>
  );
}
