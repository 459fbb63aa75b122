import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { describe, expect, inject, it } from "vitest";
import { commentsFixture, MINIMAL } from "../helpers/comments.ts";
import { copyFixture, page } from "../helpers/site.ts";
import { buildSite } from "../helpers/build.ts";

const HOSTILE_AUTHOR = "Eve <script>alert('author')</script> \"Quoted\" & Co";

function commentsOf($: CheerioAPI) {
  return $("#comments .comment-list > li > article.comment")
    .map((_, article) => ({
      id: $(article).attr("id"),
      author: $(article).find(".comment-author").text(),
      href: $(article).find("a.comment-author").attr("href"),
      rel: $(article).find("a.comment-author").attr("rel"),
      day: $(article).find(".comment-meta time").attr("datetime"),
      shown: $(article).find(".comment-meta time").text(),
      body: $(article).find(".comment-body").html()?.trim(),
    }))
    .get();
}

/** The home page's comment count per post title ("" where there is none). */
function countsOnHome($: CheerioAPI): Record<string, { text: string; href: string | undefined }> {
  const counts: Record<string, { text: string; href: string | undefined }> = {};
  $(".post-list .post-summary").each((_, summary) => {
    const count = $(summary).find(".byline a.comment-count");
    counts[$(summary).find("h2 a").text()] = { text: count.text(), href: count.attr("href") };
  });
  return counts;
}

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe("static comments in a built site", () => {
  const site = inject("sites").comments;
  it("was built without a warning", () => expect(site.stderr).toBe(""));

  it("renders each comment with author, date and body, oldest first whatever the file names", () => {
    const comments = commentsOf(page(site.outDir, "posts/a-conversation/index.html"));
    expect(comments.map((comment) => comment.author)).toEqual(["Alice First", "Bob Second", "Carol Third"]);
    expect(comments.map((comment) => comment.day)).toEqual(["2021-03-01", "2021-03-03", "2021-03-05"]);
    expect(comments.map((comment) => comment.shown)).toEqual(["March 1, 2021", "March 3, 2021", "March 5, 2021"]);
    expect(comments.map((comment) => comment.id)).toEqual(["comment-b-earliest", "comment-c-middle", "comment-a-latest"]);
    expect(comments[0]).toMatchObject({ href: "https://alice.example.net/", rel: "nofollow ugc" });
    expect(comments[1]?.href).toBeUndefined();
    expect(comments[0]?.body).toBe('<p>First, with a link to <a href="https://example.com/source" rel="nofollow ugc">the post’s source</a> and <strong>bold</strong> text.</p>');
  });

  it("puts static comments first, then the provider's part", () => {
    const $ = page(site.outDir, "posts/a-conversation/index.html");
    const children = $("#comments").children().map((_, child) => $(child).attr("class") ?? child.tagName).get();
    expect(children).toEqual(["h2", "comment-list", "comments-provider"]);
  });

  it("shows the count in the post's byline and on the home page, linking to the comments", () => {
    const post = page(site.outDir, "posts/a-conversation/index.html");
    expect(post(".post-header .byline a.comment-count").text()).toBe("3 comments");
    expect(post(".post-header .byline a.comment-count").attr("href")).toBe("#comments");
    expect(countsOnHome(page(site.outDir, "index.html"))).toEqual({
      "A Conversation": { text: "3 comments", href: "posts/a-conversation/index.html#comments" },
      "No Comments Yet": { text: "", href: undefined },
      'A "Quoted" <Title> & </script> Too': { text: "1 comment", href: "posts/hostile-guest/index.html#comments" },
      "Closed Thread": { text: "", href: undefined },
    });
  });

  it("escapes a hostile comment: no script, no image, no event handler, no unsafe link", () => {
    const html = readFileSync(path.join(site.outDir, "posts/hostile-guest/index.html"), "utf8");
    const $ = page(site.outDir, "posts/hostile-guest/index.html");
    const list = $("#comments .comment-list");
    expect(list.find("script, img, b, iframe, style").length).toBe(0);
    expect(list.find("*").filter((_, element) => Object.keys(element.attribs).some((name) => name.startsWith("on"))).length).toBe(0);
    const links = list.find("a").map((_, a) => ({ href: $(a).attr("href") ?? "", rel: $(a).attr("rel") })).get();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.rel).toBe("nofollow ugc");
    }
    const [comment] = commentsOf($);
    expect(comment?.author).toBe(HOSTILE_AUTHOR);
    expect(comment?.href).toBe("https://eve.example.net/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
    const body = list.find(".comment-body").text();
    for (const shownAsText of ["<script>alert(‘body’)</script>", "[here](javascript:alert(3))", "[data](data:text/html;base64,", "[vb](vbscript:msgbox(6))", "<javascript:alert(7)>"]) {
      expect(body).toContain(shownAsText);
    }
    expect(links.map((link) => link.href)).toContain("https://example.org/ok");
    // Nothing the comment wrote reaches the HTML unescaped.
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<b onmouseover");
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('src="https://tracker');
  });

  it("leaves out the section and the count where the post says comments: false", () => {
    expect(page(site.outDir, "posts/closed-thread/index.html")("#comments").length).toBe(0);
    expect(page(site.outDir, "posts/closed-thread/index.html")(".comment-count").length).toBe(0);
  });

  it("keeps a draft's comments with the draft, which a production build leaves out", () => {
    expect(existsSync(path.join(site.outDir, "posts/unfinished-draft"))).toBe(false);
  });
});

describe("comments turned off and on", () => {
  it("the site-wide switch removes every comments section and count, provider settings kept", async () => {
    const site = await buildSite(commentsFixture({ ...MINIMAL.giscus, enabled: false }));
    expect(site.code).toBe(0);
    for (const slug of ["a-conversation", "no-comments-yet", "hostile-guest"]) {
      const $ = page(site.outDir, `posts/${slug}/index.html`);
      expect($("#comments").length, slug).toBe(0);
      expect($('script:not([type="application/ld+json"])').length, slug).toBe(0);
    }
    expect(page(site.outDir, "index.html")(".comment-count").length).toBe(0);
  });

  it("without a provider: static comments alone, and the foundation's placeholder exactly where there are none", async () => {
    const site = await buildSite(commentsFixture({ provider: "none" }));
    expect(site.code).toBe(0);
    const withComments = page(site.outDir, "posts/a-conversation/index.html");
    expect(commentsOf(withComments)).toHaveLength(3);
    expect(withComments('.comments-placeholder, .comments-provider, script:not([type="application/ld+json"])').length).toBe(0);
    const html = readFileSync(path.join(site.outDir, "posts/no-comments-yet/index.html"), "utf8");
    // The section as the foundation issue made it (templates/components/Comments.tsx before comments existed).
    expect(html).toContain(
      '<section id="comments" class="comments" aria-labelledby="comments-heading" data-post-id="no-comments-yet" data-post-url="https://blog.example.org/sub/posts/no-comments-yet/"><h2 id="comments-heading">Comments</h2><p class="comments-placeholder">Comments are not open on this blog yet.</p></section>',
    );
    // The one script element is the page's structured data, which runs nothing; the comments loader is absent.
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
  });
});

describe("a comment file with a problem stops the build", () => {
  it("names the orphan, the misplaced file and every bad field, with line and column, and writes nothing", async () => {
    const root = copyFixture("comments");
    write(root, "comments/no-such-post/hello.md", "---\nauthor: Lost\ndate: 2021-01-01\n---\n\nHello?\n");
    write(root, "comments/loose.md", "---\nauthor: Loose\ndate: 2021-01-01\n---\n\nNot in a folder.\n");
    write(root, "comments/a-conversation/bad.md", '---\ndate: 2021-02-30\nurl: "javascript:alert(1)"\n---\n\nBad fields.\n');
    write(root, "comments/a-conversation/empty-body.md", "---\nauthor: Quiet\ndate: 2021-01-01\n---\n\n");
    write(root, "comments/a-conversation/broken.md", '---\nauthor: "unclosed\ndate: 2021-01-01\n---\n\nx\n');
    write(root, "comments/a-conversation/.notes.md.swp", "editor leftovers are not comments");
    const site = await buildSite(root);
    expect(site.code).toBe(1);
    const lines = site.stderr.split("\n");
    expect(lines).toContain('comments/no-such-post/hello.md: no post has the slug "no-such-post"; expected the folder to be named after an existing post\'s slug, the last part of its URL /posts/<slug>/');
    expect(lines).toContain("comments/loose.md: is not in a post's folder; expected comments/<post-slug>/loose.md");
    expect(site.stderr).toMatch(/^comments\/a-conversation\/bad\.md: author: is missing; expected the commenter's name/m);
    expect(site.stderr).toMatch(/^comments\/a-conversation\/bad\.md:2:1: date: "2021-02-30" is not a real date/m);
    expect(site.stderr).toMatch(/^comments\/a-conversation\/bad\.md:3:1: url: is "javascript:alert\(1\)"; expected the commenter's web site as an absolute http\(s\) URL/m);
    expect(lines).toContain("comments/a-conversation/empty-body.md: the comment has no text; expected the comment in Markdown after the front matter");
    expect(site.stderr).toMatch(/^comments\/a-conversation\/broken\.md:2:\d+: broken YAML/m);
    expect(site.stderr).not.toContain(".swp");
    expect(site.stderr).toContain("7 problems found.");
    expect(existsSync(site.outDir)).toBe(false);
  });

  it("reports a broken post without calling its comments orphans", async () => {
    const root = copyFixture("comments");
    write(root, "posts/2021-03-01-a-conversation.md", "---\ntitle: A Conversation\ndate: someday\n---\n\nBroken date.\n");
    const site = await buildSite(root);
    expect(site.code).toBe(1);
    expect(site.stderr).toMatch(/^posts\/2021-03-01-a-conversation\.md:3:1: date: "someday" is not a date/m);
    expect(site.stderr).not.toContain("no post has the slug");
    expect(site.stderr).toContain("1 problem found.");
  });
});
