import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { stringsFor } from "../../src/model/strings.ts";
import { useHref, usePage, useStrings } from "./PageContext.ts";

/** "© 2020–2026 The Security Brief": the years of the site's first and last posts, else the title alone; the words from the site's language. */
export function defaultCopyright(site: Site): string {
  const t = stringsFor(site.settings.language);
  if (!site.years) return t.text("footer.copyrightUndated", { title: site.settings.title });
  const { first, last } = site.years;
  return t.text("footer.copyright", { years: first === last ? first : `${first}–${last}`, title: site.settings.title });
}

/**
 * Every page's footer: the feeds to subscribe to, the site's profiles
 * elsewhere (each with rel="me", which Mastodon checks to verify the site
 * as the profile's own) and the copyright or licence line.
 */
export function SiteFooter() {
  const { site } = usePage();
  const href = useHref();
  const t = useStrings();
  const { profiles, copyright, license } = site.settings;
  return (
    <footer class="site-footer">
      <p class="subscribe">
        {t.parts("footer.subscribe", {
          atom: (
            <a href={href(ROUTES.atom)} type="application/atom+xml">
              {t.text("footer.atom")}
            </a>
          ),
          rss: (
            <a href={href(ROUTES.rss)} type="application/rss+xml">
              {t.text("footer.rss")}
            </a>
          ),
          json: (
            <a href={href(ROUTES.json)} type="application/feed+json">
              {t.text("footer.json")}
            </a>
          ),
        })}
      </p>
      {profiles.length > 0 && (
        <ul class="profiles" aria-label={t.text("footer.elsewhere")}>
          {profiles.map((profile) => (
            <li key={profile.url}>
              <a href={profile.url} rel="me">
                {profile.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p class="copyright">
        {copyright ?? defaultCopyright(site)}
        {license && (
          <>
            {" · "}
            <a href={license.url} rel="license">
              {license.title}
            </a>
          </>
        )}
      </p>
    </footer>
  );
}
