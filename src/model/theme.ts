/**
 * What `theme` in site.config.ts may change, and the checks it must pass:
 * an accent colour readable as link text on both of the theme's backgrounds.
 */

/** The page backgrounds of templates/assets/style.css (`--background`), light and dark; a test keeps them equal. */
export const BACKGROUNDS = { light: "#fdfcf9", dark: "#161513" } as const;

/** WCAG 2 AA for normal text, which links are. */
export const AA_CONTRAST = 4.5;

/** `#rgb` or `#rrggbb` as [r, g, b] in 0–255, or undefined for anything else. */
export function parseHexColour(value: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join("") : match[1]!;
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2). */
function luminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The ratio as people write it, rounded down so a colour never looks better than it is: 4.49 → "4.4:1". */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}

/**
 * Why an accent colour cannot be used on the `scheme` background, or
 * undefined when it reads at AA there: "is #ffcc00, which has 1.4:1 against
 * the light background #fdfcf9; expected at least 4.5:1 ...".
 */
export function accentProblem(value: string, scheme: keyof typeof BACKGROUNDS): string | undefined {
  const example = ACCENT_EXAMPLE[scheme];
  const colour = parseHexColour(value);
  if (!colour) return `is ${JSON.stringify(value)}; expected a colour as #rrggbb or #rgb, for example "${example}"`;
  const background = BACKGROUNDS[scheme];
  const ratio = contrastRatio(colour, parseHexColour(background)!);
  if (ratio >= AA_CONTRAST) return undefined;
  return `is ${value}, which has ${formatRatio(ratio)} against the ${scheme} background ${background}; expected at least ${AA_CONTRAST}:1 (WCAG AA for link text), for example "${example}"`;
}

/** Accents that pass, as examples in problems: the theme's own. */
export const ACCENT_EXAMPLE = { light: "#8a2c0f", dark: "#f4a27e" } as const;
