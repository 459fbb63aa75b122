/**
 * Something of another host's that a page shows only when the reader asks: a
 * comments provider's thread, a video player. The page holds it as data
 * (`data-embed` on its box, JSON of {@link Embeds}), and the one loader
 * script (`templates/assets/embeds.js`) turns it into elements when the box's
 * button is pressed; the loader knows no provider.
 */
export interface Embed {
  /** The element the embed lives in: a provider's `<div>` or `<section>`, or a player's `<iframe>`. */
  readonly mount: { readonly tag: "div" | "section" | "iframe"; readonly attributes: Readonly<Record<string, string>> };
  /** The provider's script, when it has one; a player's `<iframe>` needs none. */
  readonly script?: {
    readonly src: string;
    readonly attributes: Readonly<Record<string, string>>;
    /** utterances renders where its script is, so its script goes inside the mount; others go after it. */
    readonly inside: boolean;
  };
  /** `remark_config` is read as an object; `disqus_config` is a function Disqus calls with its config as `this`. */
  readonly global?: { readonly name: "remark_config" | "disqus_config"; readonly value: Readonly<Record<string, unknown>>; readonly asFunction: boolean };
}

/** What `data-embed` holds: the embed for the light scheme, and for the dark one where it differs. */
export interface Embeds {
  readonly light: Embed;
  readonly dark?: Embed;
}
