import type { SocialImage } from "../../src/model/post.ts";
import { useAbsoluteUrl, usePage } from "./PageContext.ts";

export interface SocialMetaProps {
  readonly type: "website" | "article";
  readonly title: string;
  readonly description: string;
  readonly image?: SocialImage | undefined;
}

/** Open Graph and Twitter card tags: what a link preview shows when the page is shared. */
export function SocialMeta({ type, title, description, image }: SocialMetaProps) {
  const { site, url } = usePage();
  const absolute = useAbsoluteUrl();
  return (
    <>
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title} />
      {description && <meta property="og:description" content={description} />}
      <meta property="og:url" content={absolute(url)} />
      <meta property="og:site_name" content={site.settings.title} />
      {image && (
        <>
          <meta property="og:image" content={absolute(image.url)} />
          <meta property="og:image:width" content={String(image.width)} />
          <meta property="og:image:height" content={String(image.height)} />
          {image.alt && <meta property="og:image:alt" content={image.alt} />}
        </>
      )}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      {image && <meta name="twitter:image" content={absolute(image.url)} />}
      {image?.alt && <meta name="twitter:image:alt" content={image.alt} />}
    </>
  );
}
