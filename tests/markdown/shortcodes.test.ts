import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { convertShortcodes, shortcodeParams } from "../../src/markdown/shortcodes.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { rendered, renderPost, siteWith } from "../helpers/markdown.ts";
import { FIXTURES } from "../helpers/site.ts";

describe("convertShortcodes", () => {
  it("turns links to other posts into references the loader resolves, with the file line they are on", () => {
    // Jekyll's docs (jekyllrb.com/docs/liquid/tags/#linking): {% post_url 2010-07-21-name-of-post %}, {% link _posts/2016-07-26-name-of-post.md %};
    // Hugo's docs (gohugo.io/content-management/cross-references/): {{< ref "document.md#anchor" >}}, {{< relref "/blog/post" >}}.
    const { source, converted } = convertShortcodes(
      '[a]({% post_url 2010-07-21-name-of-post %})\n[b]({% link _posts/2016-07-26-name-of-post.md %}) [pdf]({% link assets/x.pdf %})\n[c]({{< ref "document.md#anchor" >}}) [d]({{% relref "/blog/post" %}})\n',
      10,
    );
    expect(source).toBe(
      "[a](broadsheet-post:/10/post_url/2010-07-21-name-of-post)\n[b](broadsheet-post:/11/link/_posts%2F2016-07-26-name-of-post.md) [pdf](/assets/x.pdf)\n[c](broadsheet-post:/12/ref/document.md%23anchor) [d](broadsheet-post:/12/relref/%2Fblog%2Fpost)\n",
    );
    expect(Object.fromEntries(converted)).toEqual({ "{% post_url %}": 1, "{% link %}": 2, "{{< ref >}}": 1, "{{< relref >}}": 1 });
  });

  // mojombo/mojombo.github.io _posts/2010-12-11-designer-architect-developer.md opens with `{{ page.title }}` over `===`.
  it("writes the post's title for Jekyll's {{ page.title }}, as text, and leaves it without a title", () => {
    const { source, converted } = convertShortcodes("{{ page.title }}\n================\n\nIn {{page.title}}.\n", 1, "Designer, *Architect* [1]");
    expect(source).toBe("Designer, \\*Architect\\* \\[1\\]\n================\n\nIn Designer, \\*Architect\\* \\[1\\].\n");
    expect(Object.fromEntries(converted)).toEqual({ "{{ page.title }}": 2 });
    expect(convertShortcodes("{{ page.title }}\n").source).toBe("{{ page.title }}\n");
  });

  it("keeps every line, so later problems name the line written", () => {
    const body = "{% raw %}\n{{ x }}\n{% endraw %}\n* TOC\n{:toc}\n{{< youtube w7Ft2ymGmfc >}}\nend\n";
    expect(convertShortcodes(body).source.split("\n")).toHaveLength(body.split("\n").length);
  });

  it("converts Eleventy's image shortcode only for a local path", () => {
    // eleventy-img's docs (11ty.dev/docs/plugins/image/): {% image "cat.jpg", "photo of my tabby cat" %}
    expect(convertShortcodes('{% image "cat.jpg", "photo of my tabby cat" %}\n').source).toBe("![photo of my tabby cat](cat.jpg)\n");
    expect(convertShortcodes('{% image "https://example.com/cat.jpg", "x" %}\n').source).toBe('{% image "https://example.com/cat.jpg", "x" %}\n');
  });

  it("leaves tags it does not know, and those inside fenced code, as written", () => {
    const body = "{% include note.html %} {{< gist spf13 7896402 >}}\n```\n{{< youtube abc >}} {% post_url x %}\n```\n";
    const result = convertShortcodes(body);
    expect(result.source).toBe(body);
    expect(result.converted.size).toBe(0);
  });

  it("reads Hugo's shortcode parameters, named and positional, quoted or not", () => {
    expect(shortcodeParams(' src="a b.jpg" alt=`x "y"` 42 title="say \\"hi\\""')).toEqual({ positional: ["42"], named: new Map([["src", "a b.jpg"], ["alt", 'x "y"'], ["title", 'say "hi"']]) });
  });
});

describe("renderMarkdown with another engine's shortcodes", () => {
  it("shows Hugo's youtube and vimeo shortcodes as the video placeholder a link alone on its line gives", async () => {
    // Hugo's docs (gohugo.io/shortcodes/youtube/, /vimeo/): {{< youtube 0RKpf3rK57I >}}, {{< youtube id=0RKpf3rK57I title="A New Hugo Site in Under Two Minutes" >}}, {{< vimeo 55073825 >}}
    expect((await rendered("{{< youtube 0RKpf3rK57I >}}\n")).html).toBe((await rendered("https://www.youtube.com/watch?v=0RKpf3rK57I\n")).html);
    expect((await rendered('{{< youtube id=0RKpf3rK57I title="A New Hugo Site" >}}\n')).html).toBe((await rendered("[A New Hugo Site](https://www.youtube.com/watch?v=0RKpf3rK57I)\n")).html);
    const vimeo = await rendered("{{< vimeo 55073825 >}}\n");
    expect(vimeo.embeds).toBe(1);
    expect(vimeo.html).toContain('class="video"');
  });

  it("warns about a removed attribute list at its line and column, and counts what was converted and what is left as text", async () => {
    const result = await renderPost("A note.\n{: .note}\n\n{% include note.html %} and {% include other.html %}, {{< gist a b >}}\n\n{{< youtube 0RKpf3rK57I >}}\n");
    expect(result.warnings.map(formatProblem)).toEqual([
      "posts/post.md:6:1: {: .note} is a kramdown attribute list, which Broadsheet does not apply, so it is removed; expected plain Markdown",
      "posts/post.md:8:1: {% include note.html %} is another engine's template syntax and is shown as text; expected plain Markdown (replace it, or put it in backticks to show it as code)",
      "posts/post.md:8:29: {% include other.html %} is another engine's template syntax and is shown as text; expected plain Markdown (replace it, or put it in backticks to show it as code)",
      "posts/post.md:8:55: {{< gist a b >}} is another engine's template syntax and is shown as text; expected plain Markdown (replace it, or put it in backticks to show it as code)",
    ]);
    expect(Object.fromEntries(result.moving.converted)).toEqual({ "{: attribute list }": 1, "{{< youtube >}}": 1 });
    expect(Object.fromEntries(result.moving.asText)).toEqual({ "{% include %}": 2, "{{< gist >}}": 1 });
  });

  it("finds a Hugo figure's site-absolute src in public/, as Hugo finds it in static/", async () => {
    // Hugo's docs (gohugo.io/shortcodes/figure/): {{< figure src="/images/examples/zion-national-park.jpg" alt="A photograph of Zion National Park" >}}
    const root = siteWith();
    mkdirSync(path.join(root, "public", "images"), { recursive: true });
    writeFileSync(path.join(root, "public", "images", "mark.png"), readFileSync(path.join(FIXTURES, "post-page", "posts", "mark.png")));
    const result = await rendered('{{< figure src="/images/mark.png" alt="The mark" caption="Our mark" >}}\n', root);
    const $ = load(result.html);
    expect($("figure picture img").attr("alt")).toBe("The mark");
    expect($("figure figcaption").text()).toBe("Our mark");
    expect(result.assets.length).toBeGreaterThan(0);
    const missing = await renderPost('{{< figure src="/images/gone.png" alt="Gone" >}}\n', root);
    expect(missing.ok ? [] : missing.problems.map(formatProblem)).toEqual([expect.stringMatching(/^posts\/post\.md:5: image \/images\/gone\.png does not exist \(looked for public\/images\/gone\.png\)/)]);
  });
});
