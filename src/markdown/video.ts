import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { Embed, Embeds } from "../model/embed.ts";
import type { Strings } from "../model/strings.ts";

/** A video the page can play once the reader asks. */
export interface Video {
  readonly host: "YouTube" | "Vimeo";
  /** Where the player comes from: what pressing the button contacts. */
  readonly playerHost: string;
  readonly privacyPolicy: string;
  /** The address as written: the link readers follow without JavaScript. */
  readonly href: string;
  /** The player's address, which starts the video at once (the reader already asked for it). */
  readonly player: string;
}

const YOUTUBE_ID = /^[\w-]{11}$/;

/** Seconds from `t=90`, `t=1m30s`, `t=1h2m3s` or `start=90`; undefined when there is no start time. */
function seconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+s?$/.test(value)) return Number.parseInt(value, 10);
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!parts || !parts[0]) return undefined;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/**
 * The video a YouTube or Vimeo address names, or undefined for any other
 * address. YouTube plays from youtube-nocookie.com, its privacy-enhanced
 * mode; Vimeo's player is told not to track (`dnt=1`).
 */
export function videoOf(href: string): Video | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  const host = url.hostname.replace(/^(www|m)\./, "");
  const parts = url.pathname.split("/").filter(Boolean);

  if (host === "youtube.com" || host === "youtu.be" || host === "youtube-nocookie.com") {
    const id = host === "youtu.be" ? parts[0] : parts[0] === "watch" ? url.searchParams.get("v") : ["embed", "shorts", "live", "v"].includes(parts[0] ?? "") ? parts[1] : undefined;
    if (!id || !YOUTUBE_ID.test(id)) return undefined;
    const start = seconds(url.searchParams.get("t") ?? url.searchParams.get("start"));
    return {
      host: "YouTube",
      playerHost: "www.youtube-nocookie.com",
      privacyPolicy: "https://policies.google.com/privacy",
      href,
      player: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ""}`,
    };
  }
  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const at = parts.findIndex((part) => /^\d+$/.test(part));
    if (at === -1) return undefined;
    // An unlisted video's address carries its key after the id: vimeo.com/123/abcdef.
    const key = url.searchParams.get("h") ?? (host === "vimeo.com" && /^[\da-f]+$/i.test(parts[at + 1] ?? "") ? parts[at + 1] : undefined);
    const start = seconds(/(?:^|&)t=([\dhms]+)/.exec(url.hash.slice(1))?.[1] ?? null);
    return {
      host: "Vimeo",
      playerHost: "player.vimeo.com",
      privacyPolicy: "https://vimeo.com/privacy",
      href,
      player: `https://player.vimeo.com/video/${parts[at]}?dnt=1&autoplay=1${key ? `&h=${key}` : ""}${start ? `#t=${start}s` : ""}`,
    };
  }
  return undefined;
}

/** The player, as the loader (templates/assets/embeds.js) builds it when the reader presses the button. */
export function videoEmbed(video: Video, title: string): Embed {
  return {
    mount: {
      tag: "iframe",
      attributes: {
        class: "video-player",
        src: video.player,
        title,
        allow: "autoplay; encrypted-media; fullscreen; picture-in-picture",
        allowfullscreen: "",
        // YouTube's player refuses to play without knowing which site it is on.
        referrerpolicy: "strict-origin-when-cross-origin",
      },
    },
  };
}

/**
 * A YouTube or Vimeo link alone on its line, bare or written as
 * `[What it shows](https://youtu.be/…)`, becomes a placeholder: the video's
 * title (the link's text, else its address) as a link to the video, where
 * it is hosted, and a button that loads the player. Nothing is fetched when
 * the site is built or the page opens; only pressing the button contacts the
 * host, through the same loader and privacy notice as comments. Without
 * JavaScript the button stays hidden and the link is the way to the video.
 * Its words are in the site's language.
 */
export function video(md: MarkdownIt, strings: Strings): void {
  md.core.ruler.push("video", (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i]!.type !== "paragraph_open" || tokens[i + 1]!.type !== "inline" || tokens[i + 2]!.type !== "paragraph_close") continue;
      const link = loneLink(tokens[i + 1]!);
      if (!link) continue;
      const found = videoOf(link.href);
      if (!found) continue;
      const token = new state.Token("video", "div", 0);
      token.block = true;
      token.map = tokens[i]!.map;
      token.level = tokens[i]!.level;
      token.meta = { video: found, title: link.text || link.href };
      tokens.splice(i, 3, token);
    }
  });
  const { escapeHtml } = md.utils;
  md.renderer.rules.video = (tokens, idx) => {
    const { video, title } = tokens[idx]!.meta as { video: Video; title: string };
    const embeds: Embeds = { light: videoEmbed(video, title) };
    return [
      `<div class="video" data-embed="${escapeHtml(JSON.stringify(embeds))}">`,
      `<p class="video-title"><a href="${escapeHtml(video.href)}">${escapeHtml(title)}</a></p>`,
      `<p class="video-host">${escapeHtml(strings.text("video.host", { host: video.host, playerHost: video.playerHost }))} <a href="${video.privacyPolicy}">${escapeHtml(strings.text("video.privacy"))}</a></p>`,
      `<button type="button" class="embed-load" hidden>${escapeHtml(strings.text("video.play"))}</button>`,
      `</div>\n`,
    ].join("\n");
  };
}

/** The link that is all a paragraph holds, with its plain text; undefined when the paragraph holds anything else. */
function loneLink(inline: Token): { href: string; text: string } | undefined {
  const children = (inline.children ?? []).filter((child) => !(child.type === "text" && child.content.trim() === "") && child.type !== "softbreak");
  const [open, ...rest] = children;
  const close = rest.pop();
  if (open?.type !== "link_open" || close?.type !== "link_close" || rest.some((child) => child.type !== "text")) return undefined;
  const text = rest.map((child) => child.content).join("").trim();
  const href = String(open.attrGet("href") ?? "");
  return { href, text: text === href ? "" : text };
}
