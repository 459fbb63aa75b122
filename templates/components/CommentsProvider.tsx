import type { ProviderNotice } from "../../src/model/comments.ts";
import { useStrings } from "./PageContext.ts";

/**
 * Where a provider's comments go. Nothing of the provider's is in the page:
 * its embed waits as data in `data-embed`, and our loader (`/assets/embeds.js`,
 * which the post's layout includes) inserts it only when the reader presses
 * the button.
 * The dev server, which gives no embed, never loads a provider.
 */
export function CommentsProvider({ notice, embed }: { notice: ProviderNotice; embed: string | undefined }) {
  const t = useStrings();
  const provider = notice.service ? `${notice.displayName} (${notice.service})` : notice.displayName;
  return (
    <div class="comments-provider" data-embed={embed}>
      <p class="comments-host">
        {t.text("comments.hosted", { provider, host: notice.host })}
        {notice.privacyPolicy && (
          <>
            {" "}
            <a href={notice.privacyPolicy}>{t.text("comments.privacy")}</a>
          </>
        )}
      </p>
      {embed === undefined ? (
        <p class="comments-notice">{t.text("comments.devServer", { provider: notice.displayName })}</p>
      ) : (
        <>
          <button type="button" class="embed-load" hidden>
            {t.text("comments.load")}
          </button>
          <noscript>
            <p class="comments-notice">{t.text("comments.needsScript")}</p>
          </noscript>
        </>
      )}
    </div>
  );
}
