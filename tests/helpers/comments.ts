import type { ProviderName } from "../../src/model/settings.ts";
import type { SettingsInput } from "../../src/model/settings.ts";
import fixtureConfig from "../fixtures/comments/site.config.ts";
import { copyFixture, writeSiteConfig } from "./site.ts";

export type CommentsInput = NonNullable<SettingsInput["comments"]>;

/** The smallest valid settings of every provider, as a writer would put them in site.config.ts. */
export const MINIMAL = {
  giscus: { provider: "giscus", repo: "octo-org/blog", repoId: "R_1", category: "Comments", categoryId: "DIC_1" },
  utterances: { provider: "utterances", repo: "octo-org/blog" },
  disqus: { provider: "disqus", shortname: "Security-Brief" },
  isso: { provider: "isso", host: "https://comments.example.net/isso/" },
  remark42: { provider: "remark42", host: "https://remark42.example.net/" },
} satisfies Record<ProviderName, CommentsInput>;

/** A copy of tests/fixtures/comments with its `comments` setting replaced. */
export function commentsFixture(comments: CommentsInput): string {
  const root = copyFixture("comments");
  writeSiteConfig(root, { ...(fixtureConfig as SettingsInput), comments });
  return root;
}
