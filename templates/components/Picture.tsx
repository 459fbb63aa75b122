import type { ResponsiveImage } from "../../src/model/post.ts";
import { useHref } from "./PageContext.ts";

/**
 * A processed image as `<picture>`: a source per format with every width,
 * so the browser fetches the smallest file that fills `sizes`; width and
 * height keep its place while it loads. `eager` for the one image above the
 * fold (a post's cover, a list's first thumbnail), lazy otherwise.
 */
export function Picture({ image, sizes, eager = false }: { image: ResponsiveImage; sizes: string; eager?: boolean }) {
  const href = useHref();
  const srcset = (format: ResponsiveImage["formats"][number]) => format.sizes.map((size) => `${href(size.url)} ${size.width}w`).join(", ");
  const fallback = image.formats.at(-1)!;
  return (
    <picture>
      {image.formats.slice(0, -1).map((format) => (
        <source key={format.type} type={format.type} srcset={srcset(format)} sizes={sizes} />
      ))}
      <img
        src={href(fallback.sizes.at(-1)!.url)}
        srcset={srcset(fallback)}
        sizes={sizes}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        {...(eager ? { fetchpriority: "high" } : {})}
      />
    </picture>
  );
}
