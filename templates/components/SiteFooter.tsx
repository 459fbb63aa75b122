import { ROUTES } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/site.ts";
import { useHref, usePage } from "./PageContext.ts";

/** "© 2020–2026 The Security Brief": the years of the site's first and last posts, else the title alone. */
export function defaultCopyright(site: Site): string {
  const years = site.posts.map((post) => post.date.day.slice(0, 4)).sort();
  const first = years[0];
  const last = years.at(-1);
  const span = first === undefined ? "" : first === last ? `${first} ` : `${first}–${last} `;
  return `© ${span}${site.settings.title}`;
}

/**
 * Every page's footer: the feeds to subscribe to, the site's profiles
 * elsewhere (each with rel="me", which Mastodon checks to verify the site
 * as the profile's own) and the copyright or licence line.
 */
export function SiteFooter() {
  const { site } = usePage();
  const href = useHref();
  const { profiles, copyright, license } = site.settings;
  return (
    <footer class="site-footer">
      <p class="subscribe">
        Subscribe:{" "}
        <a href={href(ROUTES.atom)} type="application/atom+xml">
          Atom
        </a>
        {" · "}
        <a href={href(ROUTES.rss)} type="application/rss+xml">
          RSS
        </a>
        {" · "}
        <a href={href(ROUTES.json)} type="application/feed+json">
          JSON Feed
        </a>
      </p>
      {profiles.length > 0 && (
        <ul class="profiles" aria-label="Elsewhere">
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
