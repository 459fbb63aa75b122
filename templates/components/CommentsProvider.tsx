import type { ProviderNotice } from "../../src/model/comments.ts";

/**
 * Where a provider's comments go. Nothing of the provider's is in the page:
 * its embed waits as data in `data-embed`, and our loader (`/assets/embeds.js`,
 * which the post's layout includes) inserts it only when the reader presses
 * the button.
 * The dev server, which gives no embed, never loads a provider.
 */
export function CommentsProvider({ notice, embed }: { notice: ProviderNotice; embed: string | undefined }) {
  return (
    <div class="comments-provider" data-embed={embed}>
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
      {embed === undefined ? (
        <p class="comments-notice">The dev server does not load comments from {notice.displayName}; the published site has a “Load comments” button here.</p>
      ) : (
        <>
          <button type="button" class="embed-load" hidden>
            Load comments
          </button>
          <noscript>
            <p class="comments-notice">Loading the comments needs JavaScript.</p>
          </noscript>
        </>
      )}
    </div>
  );
}
