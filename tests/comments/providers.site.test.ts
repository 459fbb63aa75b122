import { describe, expect, it } from "vitest";
import type { SettingsInput } from "../../src/model/settings.ts";
import { buildSite } from "../helpers/build.ts";
import { makeSite, post } from "../helpers/site.ts";

describe("a build with a comments provider", () => {
  it("stops on a missing provider setting, naming it, and writes nothing", async () => {
    const root = makeSite({ "a.md": post({ title: "A", author: "A", date: "2021-01-01" }) }, { comments: { provider: "utterances" } as SettingsInput["comments"] });
    const site = await buildSite(root);
    expect(site.code).toBe(1);
    expect(site.stderr).toMatch(/^site\.config\.ts: comments\.repo: is missing; expected a GitHub repository as owner\/name/m);
    expect(site.stderr).toContain("Nothing was written");
  });
});
