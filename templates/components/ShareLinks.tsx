import type { Post } from "../../src/model/post.ts";
import { shareUrl } from "../../src/model/share.ts";
import { useAbsoluteUrl, usePage, useStrings } from "./PageContext.ts";

/** The share links `theme.share` asks for: plain links, nothing loaded until one is followed. */
export function ShareLinks({ post }: { post: Post }) {
  const { site } = usePage();
  const absolute = useAbsoluteUrl();
  const t = useStrings();
  const services = site.settings.theme.share;
  if (!services.length) return null;
  return (
    <section class="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t.text("share.heading")}</h2>
      <ul>
        {services.map((service) => (
          <li key={service}>
            <a href={shareUrl(service, post.title, absolute(post.url))} rel="noopener">
              {t.text(`share.${service}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
