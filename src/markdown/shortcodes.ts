import { POST_REFERENCE } from "../model/routes.ts";

/**
 * The template tags and shortcodes other engines' posts lean on, turned into
 * the Markdown they meant before the post is parsed: Jekyll's `{% post_url %}`,
 * `{% link %}`, `{{ site.url }}`, `{{ site.baseurl }}`, `{{ page.title }}` and `{% raw %}`; Hugo's
 * `ref`, `relref`, `figure`, `youtube` and `vimeo`; Eleventy's `image`
 * shortcode with a local path; kramdown's attribute lists (`{: .class}`),
 * which are removed. Anything else is left as written (and reported as
 * template syntax shown as text). Every line keeps its number, so problems
 * found later name the line the writer wrote.
 *
 * A link to another post (`post_url`, `link` to a Markdown file, `ref`,
 * `relref`) cannot be resolved here, where one post is read: it becomes a
 * `POST_REFERENCE` address the post loader resolves once every post is known.
 */
export interface ConvertedShortcodes {
  readonly source: string;
  /** How many of each tag were converted, by name (`{% post_url %}`, `{{< youtube >}}`, ...). */
  readonly converted: ReadonlyMap<string, number>;
  /** What is worth a warning: attribute lists removed. Line (in the body, from 1), column and message. */
  readonly notes: readonly { line: number; column: number; message: string }[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_TAG = /\{%-?\s*(?:end)?raw\s*-?%\}/;
const LIQUID_TAG = /\{%-?\s*(post_url|link|image)\s+(.*?)\s*-?%\}/g;
// {{ site.url }} is dropped only before a path or {{ site.baseurl }}: alone it means the site's address, which stays as text.
const LIQUID_OUTPUT = /\{\{-?\s*(site\.url(?=\s*-?\}\}(?:\/|\{\{))|site\.baseurl|(["'])([^"']*)\2\s*\|\s*(relative_url|absolute_url))\s*-?\}\}/g;
const PAGE_TITLE = /\{\{-?\s*page\.title\s*-?\}\}/g;
const HUGO = /\{\{([<%])\s*(ref|relref|figure|youtube|vimeo)\b(.*?)\s*[>%]\}\}/g;
const HUGO_ESCAPED = /\{\{([<%])\/\*\s*(.*?)\s*\*\/([>%])\}\}/g;
const IAL = /\{:\s*([^}]*)\}/g;

/** Hugo's shortcode parameters: positional and `name="value"`, quoted with `"` or backticks, or bare. */
export function shortcodeParams(text: string): { positional: string[]; named: Map<string, string> } {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const match of text.matchAll(/(?:([\w-]+)=)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|'([^']*)'|([^\s,"'`]+))/g)) {
    const value = match[2]?.replace(/\\(.)/g, "$1") ?? match[3] ?? match[4] ?? match[5] ?? "";
    if (match[1]) named.set(match[1].toLowerCase(), value);
    else positional.push(value);
  }
  return { positional, named };
}

/** A reference to another post, as a link address the post loader replaces (`POST_REFERENCE` + line + the reference). */
function reference(line: number, kind: string, target: string): string {
  return `${POST_REFERENCE}${line}/${encodeURIComponent(kind)}/${encodeURIComponent(target)}`;
}

/** Markdown image text: brackets and parentheses that would end it early are escaped. */
function image(alt: string, src: string, title: string | undefined): string {
  const safeAlt = alt.replace(/([[\]\\])/g, "\\$1");
  const safeSrc = /[\s()<>]/.test(src) ? `<${src.replace(/[<>]/g, "")}>` : src;
  return `![${safeAlt}](${safeSrc}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`;
}

const isRemote = (src: string) => /^[a-z][a-z\d+.-]*:|^\/\//i.test(src);

/**
 * `firstLine` is the file line the body starts on: references to other posts carry file lines.
 * `title` is the post's title, which `{{ page.title }}` names (as the posts of mojombo.github.io open, above `===`).
 */
export function convertShortcodes(body: string, firstLine = 1, title?: string): ConvertedShortcodes {
  const converted = new Map<string, number>();
  const notes: { line: number; column: number; message: string }[] = [];
  const count = (name: string) => converted.set(name, (converted.get(name) ?? 0) + 1);
  const lines = body.split("\n");
  let fence: string | undefined;
  let raw = false;

  const convertText = (text: string, line: number): string => {
    let out = text.replace(LIQUID_OUTPUT, (whole, name: string, _quote, path: string | undefined, filter: string | undefined) => {
      if (filter) {
        count(`{{ "..." | ${filter} }}`);
        return path ?? "";
      }
      count(`{{ ${name} }}`);
      return "";
    });
    if (title !== undefined) {
      out = out.replace(PAGE_TITLE, () => {
        count("{{ page.title }}");
        // As text: a title with * or [ is not Markdown.
        return title.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, "\\$&");
      });
    }
    out = out.replace(LIQUID_TAG, (whole: string, name: string, args: string) => {
      const { positional } = shortcodeParams(args);
      const first = positional[0] ?? "";
      if (name === "post_url" && first) {
        count("{% post_url %}");
        return reference(firstLine + line - 1, "post_url", first);
      }
      if (name === "link" && first) {
        count("{% link %}");
        return /\.(md|markdown)$/i.test(first) ? reference(firstLine + line - 1, "link", first) : `/${first.replace(/^\/+/, "")}`;
      }
      if (name === "image" && first && !isRemote(first)) {
        count("{% image %}");
        return image(positional[1] ?? "", first, undefined);
      }
      return whole;
    });
    out = out.replace(HUGO, (whole: string, _open, name: string, args: string) => {
      const { positional, named } = shortcodeParams(args);
      if (name === "ref" || name === "relref") {
        const target = positional[0] ?? named.get("path");
        if (!target) return whole;
        count(`{{< ${name} >}}`);
        return reference(firstLine + line - 1, name, target);
      }
      if (name === "figure") {
        const src = named.get("src");
        if (!src) return whole;
        count("{{< figure >}}");
        return image(named.get("alt") ?? "", src, named.get("caption") ?? named.get("title"));
      }
      const id = named.get("id") ?? positional[0];
      if (!id || !/^[\w-]+$/.test(id)) return whole;
      count(`{{< ${name} >}}`);
      const href = name === "youtube" ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`;
      const title = named.get("title");
      return title ? `[${title.replace(/([[\]\\])/g, "\\$1")}](${href})` : href;
    });
    out = out.replace(IAL, (whole: string, attributes: string, column: number) => {
      count("{: attribute list }");
      notes.push({
        line,
        column: column + 1,
        message: `${whole} is a kramdown attribute list, which Broadsheet does not apply, so it is removed; expected plain Markdown${/^toc$/i.test(attributes.trim()) ? " (toc: true in the front matter shows a table of contents)" : ""}`,
      });
      return "";
    });
    return out;
  };

  const result = lines.map((text, index) => {
    const line = index + 1;
    // Jekyll removes {% raw %} and {% endraw %} wherever they are, code blocks included.
    let out = text;
    if (RAW_TAG.test(out)) {
      const parts = out.split(/(\{%-?\s*(?:end)?raw\s*-?%\})/);
      out = parts
        .map((part, i) => {
          if (i % 2 === 1) {
            raw = !/endraw/.test(part);
            if (raw) count("{% raw %}");
            return "";
          }
          return fence ? part : raw ? literal(part) : convertOutsideCode(part, line, convertText);
        })
        .join("");
    } else if (fence) {
      out = out.replace(HUGO_ESCAPED, "{{$1 $2 $3}}");
    } else if (raw) {
      out = literal(out);
    } else if (!FENCE.test(out)) {
      out = convertOutsideCode(out, line, convertText);
    }
    const opening = FENCE.exec(text)?.[1];
    if (opening && !fence) fence = opening[0]!.repeat(opening.length);
    else if (opening && fence && opening[0] === fence[0] && opening.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(text)) fence = undefined;
    return out;
  });
  // `* TOC` above a removed `{:toc}` is kramdown's table of contents, which toc: true gives.
  for (let i = 1; i < result.length; i++) {
    if (/^\s*$/.test(result[i]!) && /\{:\s*toc\s*\}/i.test(lines[i]!) && /^\s*(?:[*+-]|1\.)\s+TOC\s*$/i.test(result[i - 1]!)) result[i - 1] = "";
  }
  return { source: result.join("\n"), converted, notes };
}

/**
 * Text inside `{% raw %}`: shown as written. Outside code, `{{` and `{%`
 * are written with an entity, so they are shown, not reported as template syntax.
 */
function literal(text: string): string {
  return text.replace(/\{(?=[{%])/g, "&#123;");
}

/** Applies `convert` to the parts of a line outside code spans (`` `...` ``), which show tags as written. */
function convertOutsideCode(text: string, line: number, convert: (text: string, line: number) => string): string {
  const parts = text.split(/(`+[^`]*`+)/);
  return parts
    .map((part, i) => {
      // Hugo's escaped shortcode {{</* x */>}} shows {{< x >}} as written, in code spans too.
      if (i % 2 === 1) return part.replace(HUGO_ESCAPED, "{{$1 $2 $3}}");
      const converted = convert(part.replace(HUGO_ESCAPED, "\u0000$1 $2 $3\u0000"), line);
      return converted.replace(/\u0000([<%]) (.*?) ([>%])\u0000/g, (_, open: string, inner: string, close: string) => `&#123;{${open} ${inner} ${close}}}`);
    })
    .join("");
}
