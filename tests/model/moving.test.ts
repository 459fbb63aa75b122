import { describe, expect, it } from "vitest";
import { movingReport, summariseMoving, type PostMoving } from "../../src/model/moving.ts";

const none: PostMoving = { fields: [], emptied: [], titleFromHeading: false, dateFromAddress: false, converted: new Map(), asText: new Map() };

describe("movingReport", () => {
  it("says nothing for posts written for Broadsheet", () => {
    expect(movingReport(summariseMoving([none, none]))).toEqual([]);
  });

  it("counts posts per field and tags per use, most first, in one screen", () => {
    const summary = summariseMoving([
      { ...none, fields: ["summary → description", "lastmod → updated"], emptied: ["description"], converted: new Map([["{{< youtube >}}", 2]]) },
      { ...none, fields: ["summary → description"], titleFromHeading: true, dateFromAddress: true, asText: new Map([["{% include %}", 3]]) },
      { ...none, converted: new Map([["{% post_url %}", 1], ["{{< youtube >}}", 1]]), asText: new Map([["{{< gist >}}", 1]]) },
    ]);
    expect(movingReport(summary)).toEqual([
      "Moving in from another engine:",
      "  fields read under other engines' names: summary → description (2 posts), lastmod → updated (1 post)",
      "  empty fields read as not given: description (1 post)",
      "  titles taken from the first heading: 1 post",
      "  dates taken from the address: 1 post",
      "  tags and shortcodes converted: {{< youtube >}} (3×), {% post_url %} (1×)",
      "  tags and shortcodes left as text (see the warnings): {% include %} (3×), {{< gist >}} (1×)",
    ]);
  });
});
