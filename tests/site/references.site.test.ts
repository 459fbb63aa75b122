import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/site/load.ts";
import { formatProblem } from "../../src/model/problem.ts";
import { makeSite, post } from "../helpers/site.ts";

const NOW = Date.parse("2024-01-01T00:00:00Z");

describe("links to other posts written with another engine's tags", () => {
  it("link to the right post's page, whatever its address, and a reference to no post is a warning at its line", async () => {
    const root = makeSite(
      {
        // Jekyll names a post by its file name; Hugo by its file, folder or path.
        "2010-07-21-name-of-post.md": post({ title: "Old", author: "A", slug: "renamed" }),
        "trip/index.md": post({ title: "Trip", author: "A", date: "2011-01-01" }, "## Day one\n\nText."),
        "2012-01-01-linking.md": post(
          { title: "Linking", author: "A" },
          '[old]({% post_url 2010-07-21-name-of-post %}), [trip]({{< ref "trip/index.md#day-one" >}}), [slug]({{< relref "renamed" >}}), [gone]({% post_url 2009-01-01-gone %})',
        ),
      },
      { permalink: "/:year/:slug/" },
    );
    const site = await loadSite(root, { mode: "production", now: NOW });
    expect(site.problems).toEqual([]);
    const linking = site.posts.find((p) => p.title === "Linking")!;
    expect(linking.url).toBe("/2012/linking/");
    expect(linking.html).toBe(
      '<p><a href="../../2010/renamed/index.html">old</a>, <a href="../../2011/trip/index.html#day-one">trip</a>, <a href="../../2010/renamed/index.html">slug</a>, <a href="#">gone</a></p>\n',
    );
    expect(site.warnings.map(formatProblem)).toEqual([
      "posts/2012-01-01-linking.md:6: warning: {% post_url 2009-01-01-gone %} names no post of this site, so its link goes nowhere; expected the file name of a post in posts/ (such as 2010-07-21-name) or its slug",
    ]);
  });
});
