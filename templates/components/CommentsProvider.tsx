import { embedFor, noticeFor, type ProviderSettings } from "../../src/comments/providers.ts";
import type { Post } from "../../src/content/post.ts";
import { useAbsoluteUrl, useHref, usePage } from "./PageContext.ts";

/**
 * Where a provider's comments go. Nothing of the provider's is in the page:
 * its embed waits as data in `data-comments-embed`, and our loader
 * (`/assets/comments.js`) inserts it only when the reader presses the button.
 * The dev server never loads a provider.
 */
export function CommentsProvider({ settings, post }: { settings: ProviderSettings; post: Post }) {
  const { site } = usePage();
  const href = useHref();
  const absolute = useAbsoluteUrl();
  const page = { id: post.id, url: absolute(post.url), title: post.title };
  const notice = noticeFor(settings, page);
  const development = site.mode === "development";
  return (
    <div class="comments-provider" data-comments-embed={development ? undefined : embedData(settings, page)}>
      <p class="comments-host">
        Comments are hosted by {notice.displayName}
        {notice.service && ` (${notice.service})`}. Your browser contacts {notice.host} only if you load them.
        {notice.privacyPolicy && (
          <>
            {" "}
            <a href={notice.privacyPolicy}>Privacy policy</a>
          </>
        )}
      </p>
      {development ? (
        <p class="comments-notice">The dev server does not load comments from {notice.displayName}; the published site has a “Load comments” button here.</p>
      ) : (
        <>
          <button type="button" class="comments-load" hidden>
            Load comments
          </button>
          <noscript>
            <p class="comments-notice">Loading the comments needs JavaScript.</p>
          </noscript>
          <script src={href("/assets/comments.js")} defer />
        </>
      )}
    </div>
  );
}

/** The embed for both color schemes as JSON (the dark one only where it differs); JSX escapes it as an attribute. */
function embedData(settings: ProviderSettings, page: Parameters<typeof embedFor>[1]): string {
  const light = embedFor(settings, page, "light");
  const dark = embedFor(settings, page, "dark");
  return JSON.stringify(JSON.stringify(light) === JSON.stringify(dark) ? { light } : { light, dark });
}
