/**
 * Share links: plain addresses of each service's own "share" page, filled
 * in with the post's title and address. Nothing is loaded from the service
 * until the reader follows the link; no script, no counter, no button image.
 */
export const SHARE_SERVICES = ["email", "mastodon", "bluesky", "linkedin"] as const;
export type ShareService = (typeof SHARE_SERVICES)[number];

const enc = encodeURIComponent;

/** The link that shares `url` (absolute) titled `title` on `service`. */
export function shareUrl(service: ShareService, title: string, url: string): string {
  switch (service) {
    case "email":
      return `mailto:?subject=${enc(title)}&body=${enc(url)}`;
    case "mastodon":
      // Mastodon has no one address: this page asks the reader for their own server, then sends them to its share page.
      return `https://mastodonshare.com/?text=${enc(title)}&url=${enc(url)}`;
    case "bluesky":
      return `https://bsky.app/intent/compose?text=${enc(`${title} ${url}`)}`;
    case "linkedin":
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
  }
}
