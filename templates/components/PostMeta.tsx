import type { Author } from "../../src/model/collections.ts";
import type { Settings } from "../../src/model/settings.ts";
import type { Post } from "../../src/model/post.ts";
import { ROUTES } from "../../src/model/routes.ts";
import { JsonLd } from "./JsonLd.tsx";
import { useAbsoluteUrl, usePage } from "./PageContext.ts";
import { SocialMeta } from "./SocialMeta.tsx";

/** A post page's metadata beyond the basics in Head: Open Graph as an article, and a schema.org BlogPosting. */
export function PostMeta({ post }: { post: Post }) {
  const { site } = usePage();
  const absolute = useAbsoluteUrl();
  const authors = site.collections.authorsOf.get(post.id) ?? [];
  return (
    <>
      <SocialMeta type="article" title={post.title} description={post.metaDescription} image={post.image} />
      <meta property="article:published_time" content={post.date.instant} />
      {post.updated && <meta property="article:modified_time" content={post.updated.instant} />}
      {authors.map((author) => (
        <meta property="article:author" content={absolute(author.url)} />
      ))}
      {post.tags.map((tag) => (
        <meta property="article:tag" content={tag} />
      ))}
      <JsonLd data={blogPosting(post, authors, site.settings, absolute)} />
    </>
  );
}

/** The post as schema.org BlogPosting; each author is a Person whose URL is their author page. */
function blogPosting(post: Post, authors: readonly Author[], settings: Settings, absolute: (url: string) => string): Record<string, unknown> {
  const home = absolute(ROUTES.home);
  const people = authors.map((author) => ({ "@type": "Person", name: author.name, url: absolute(author.url) }));
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.metaDescription,
    author: people.length === 1 ? people[0] : people,
    datePublished: post.date.instant,
    dateModified: (post.updated ?? post.date).instant,
    mainEntityOfPage: { "@type": "WebPage", "@id": absolute(post.url) },
    url: absolute(post.url),
    publisher: { "@type": "Organization", name: settings.title, url: home },
    inLanguage: post.lang,
    ...(post.tags.length ? { keywords: post.tags } : {}),
    ...(post.image ? { image: { "@type": "ImageObject", url: absolute(post.image.url), width: post.image.width, height: post.image.height } } : {}),
  };
}
