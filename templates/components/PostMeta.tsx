import type { SiteConfig } from "../../src/config/site.ts";
import type { Post } from "../../src/content/post.ts";
import { JsonLd } from "./JsonLd.tsx";
import { useAbsoluteUrl, usePage } from "./PageContext.ts";
import { SocialMeta } from "./SocialMeta.tsx";

/** A post page's metadata beyond the basics in Head: Open Graph as an article, and a schema.org BlogPosting. */
export function PostMeta({ post }: { post: Post }) {
  const { site } = usePage();
  const absolute = useAbsoluteUrl();
  return (
    <>
      <SocialMeta type="article" title={post.title} description={post.metaDescription} image={post.image} />
      <meta property="article:published_time" content={post.date.instant} />
      {post.updated && <meta property="article:modified_time" content={post.updated.instant} />}
      <meta property="article:author" content={post.author} />
      {post.tags.map((tag) => (
        <meta property="article:tag" content={tag} />
      ))}
      <JsonLd data={blogPosting(post, site.config, absolute)} />
    </>
  );
}

/**
 * The post as schema.org BlogPosting. The author's URL is the site's home
 * page until authors have pages of their own.
 */
export function blogPosting(post: Post, config: SiteConfig, absolute: (url: string) => string): Record<string, unknown> {
  const home = absolute("/");
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.metaDescription,
    author: { "@type": "Person", name: post.author, url: home },
    datePublished: post.date.instant,
    dateModified: (post.updated ?? post.date).instant,
    mainEntityOfPage: { "@type": "WebPage", "@id": absolute(post.url) },
    url: absolute(post.url),
    publisher: { "@type": "Organization", name: config.title, url: home },
    inLanguage: post.lang,
    ...(post.tags.length ? { keywords: post.tags } : {}),
    ...(post.image ? { image: { "@type": "ImageObject", url: absolute(post.image.url), width: post.image.width, height: post.image.height } } : {}),
  };
}
