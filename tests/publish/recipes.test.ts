import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ENGINE_ROOT } from "../helpers/site.ts";

const read = (file: string) => readFileSync(path.join(ENGINE_ROOT, file), "utf8");

/** The README's "Publishing" section, up to the next top-level heading. */
function publishingSection(): string {
  const readme = read("README.md");
  const start = readme.indexOf("\n## Publishing\n");
  expect(start, 'README.md has a "## Publishing" section').toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** What the README tells every host to run, and where the site ends up. */
function readmeBuild(): { command: string; output: string } {
  const section = publishingSection();
  const command = /^Build command: `([^`]+)`$/m.exec(section)?.[1];
  const output = /^Output folder: `([^`]+)`/m.exec(section)?.[1];
  if (!command || !output) throw new Error('README.md\'s "Publishing" section names no "Build command: `...`" and "Output folder: `...`" lines');
  return { command, output: output.replace(/\/$/, "") };
}

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}

interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly Step[]; readonly needs?: string }>;
}

describe("the publishing recipes", () => {
  it("give in the README a build command that installs and builds, and the folder it builds into", () => {
    const { command, output } = readmeBuild();
    expect(command).toBe("npm ci && npm run build");
    expect(output).toBe("_site");
    // The same command as the README's first instructions, so the recipes never drift from them.
    expect(read("README.md").replace(publishingSection(), "")).toContain(command);
  });

  it("include a GitHub Pages workflow that runs the README's build command, keeps .cache/ and deploys the output folder", () => {
    const { command, output } = readmeBuild();
    const workflow = parseYaml(read(".github/workflows/pages.yml")) as Workflow;
    expect(Object.keys(workflow.on)).toContain("push");
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.filter((step) => step.run !== undefined).map((step) => step.run!.trim())).toEqual([command]);
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    // Every action pinned to a version, never a moving branch.
    for (const action of uses) expect(action, action).toMatch(/^[\w-]+\/[\w-]+@v\d+(\.\d+)*$/);
    expect(uses).toEqual(expect.arrayContaining(["actions/checkout@v4", "actions/setup-node@v4", "actions/cache@v4", "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4"]));
    const setupNode = steps.find((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(Number(setupNode?.with?.["node-version"])).toBeGreaterThanOrEqual(20);
    expect(steps.find((step) => step.uses?.startsWith("actions/cache@"))?.with?.path).toBe(".cache");
    expect(steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"))?.with?.path).toBe(output);
    // The cache is restored before the build that uses it.
    expect(uses.indexOf("actions/cache@v4")).toBeLessThan(steps.findIndex((step) => step.run !== undefined));
  });

  it("include a netlify.toml that runs the README's build command, publishes the output folder and caches images for good", () => {
    const { command, output } = readmeBuild();
    const netlify = parseToml(read("netlify.toml")) as { build: { command: string; publish: string; environment: Record<string, string> }; headers: { for: string; values: Record<string, string> }[] };
    expect(netlify.build.command).toBe(command);
    expect(netlify.build.publish).toBe(output);
    expect(Number(netlify.build.environment.NODE_VERSION)).toBeGreaterThanOrEqual(20);
    const cacheOf = (pattern: string) => netlify.headers.find((header) => header.for === pattern)?.values["Cache-Control"];
    expect(cacheOf("/images/*")).toContain("immutable");
    // The theme's files keep their names between builds: never cached as if they could not change.
    expect(cacheOf("/assets/*")).toBeDefined();
    expect(cacheOf("/assets/*")).not.toContain("immutable");
  });

  it("give Cloudflare Pages and a plain web server the same command, folder, 404 page and caching", () => {
    const { command } = readmeBuild();
    const section = publishingSection();
    expect(section).toContain(`build command \`${command}\``);
    expect(section).toContain("error_page 404 /404.html;");
    expect(section).toContain("rewrite * /404.html");
    for (const folder of ["/images/", "/assets/"]) {
      expect(section).toContain(`location ${folder} { add_header Cache-Control`);
      expect(section).toContain(`header ${folder}* Cache-Control`);
    }
  });
});
