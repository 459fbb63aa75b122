import { createHash } from "node:crypto";
import path from "node:path";
import { formatDay, textDirection } from "../model/locale.ts";
import type { PostDate, SocialCard, SocialImage, TextDirection } from "../model/post.ts";
import { FOLDERS } from "../model/routes.ts";
import { cardTheme, fontVersions } from "./theme.ts";

/** Cards are kept here, under the site root, by a hash of what they show: a rebuild draws only new or changed ones. */
export const CARD_CACHE_DIR = path.join(".cache", "cards");

/** What Open Graph and Twitter ask of a large preview image. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Bumped when the card's layout (src/cards/draw.ts) changes, so every cached card is drawn again. */
export const CARD_LAYOUT = 1;

export interface CardInput {
  readonly siteTitle: string;
  readonly siteLanguage: string;
  readonly title: string;
  /** The byline's names, joined in the site's language. */
  readonly author: string;
  readonly date: PostDate;
  readonly dir: TextDirection;
  /** `theme.accent.light` from the settings, when the site has its own accent. */
  readonly accent?: string;
}

/**
 * The card of a post that has no picture of its own: what it shows (the
 * site's name, the title, the author and the date, in the site's language),
 * the hash of all of that with the theme's colours (the site's own accent
 * instead of the theme's, when it has one) and fonts, and where the
 * PNG is kept and published. Nothing is drawn here: `drawCards` draws the
 * cards a build publishes and the cache does not have yet.
 */
export function socialCard(root: string, input: CardInput): SocialCard {
  const theme = cardTheme();
  const text = {
    site: input.siteTitle,
    title: input.title,
    byline: `${input.author} · ${formatDay(input.date.day, input.siteLanguage)}`,
    dir: input.dir,
    siteDir: textDirection(input.siteLanguage),
  };
  // A card is a picture on a light page (a feed reader's, a social network's), as the light scheme is.
  const colours = { ...theme.colours, accent: input.accent ?? theme.colours.accent };
  const key = createHash("sha256")
    .update(JSON.stringify({ layout: CARD_LAYOUT, text, colours, fonts: theme.fonts, versions: fontVersions(theme.fonts) }))
    .digest("base64url")
    .slice(0, 16);
  return { ...text, accent: colours.accent, file: path.join(root, CARD_CACHE_DIR, `${key}.png`), url: `${FOLDERS.images}card-${key}.png` };
}

/** The card as the post's social image; its description says what it shows. */
export function cardImage(card: SocialCard): SocialImage {
  return { url: card.url, width: CARD_SIZE.width, height: CARD_SIZE.height, alt: `${card.title} · ${card.site}` };
}
