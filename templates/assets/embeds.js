// @ts-check
// Loads what another host shows inside a page (a post's comments from the
// site's comments provider, a video's player) only when the reader presses
// the box's button: until then nothing of that host's is in the page. What to
// load (element, attributes, script, config) is data the build wrote into
// data-embed, from src/comments/providers.ts and src/markdown/video.ts, for
// the light and the dark color scheme; this script knows no provider.

/**
 * @typedef {{ tag: string, attributes: Record<string, string> }} Mount
 * @typedef {{ src: string, attributes: Record<string, string>, inside: boolean }} Script
 * @typedef {{ name: string, value: Record<string, unknown>, asFunction: boolean }} Global
 * @typedef {{ mount: Mount, script?: Script, global?: Global }} Embed
 */

(function () {
  /** @param {Element} element @param {Record<string, string>} attributes */
  function setAttributes(element, attributes) {
    for (const name of Object.keys(attributes)) element.setAttribute(name, attributes[name] ?? "");
  }

  /** Copies nested settings onto the object Disqus hands its config function as `this`. @param {any} target @param {Record<string, any>} source */
  function assign(target, source) {
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (value && typeof value === "object" && !Array.isArray(value) && target[key] && typeof target[key] === "object") assign(target[key], value);
      else target[key] = value;
    }
  }

  /** @param {HTMLElement} box @param {HTMLButtonElement} button */
  function load(box, button) {
    /** @type {{ light: Embed, dark?: Embed }} */
    const embeds = JSON.parse(box.dataset.embed ?? "{}");
    const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
    const embed = (dark && embeds.dark) || embeds.light;
    const global = embed.global;
    if (global) {
      /** @type {Record<string, unknown>} */
      const scope = /** @type {any} */ (window);
      scope[global.name] = global.asFunction
        ? /** @this {any} */ function () {
            assign(this, global.value);
          }
        : global.value;
    }
    const mount = document.createElement(embed.mount.tag);
    setAttributes(mount, embed.mount.attributes);
    button.replaceWith(mount);
    if (embed.script) {
      const script = document.createElement("script");
      setAttributes(script, embed.script.attributes);
      script.src = embed.script.src;
      if (embed.script.inside) mount.append(script);
      else mount.after(script);
    }
    // The button is gone: keep keyboard focus where the embed appears.
    box.tabIndex = -1;
    box.focus();
  }

  for (const box of document.querySelectorAll("[data-embed]")) {
    const button = box.querySelector("button.embed-load");
    if (!(box instanceof HTMLElement) || !(button instanceof HTMLButtonElement)) continue;
    button.hidden = false;
    button.addEventListener("click", () => load(box, button), { once: true });
  }
})();
