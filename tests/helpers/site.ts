import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { load, type CheerioAPI } from "cheerio";
import type { SettingsInput } from "../../src/model/settings.ts";

export const ENGINE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = path.join(ENGINE_ROOT, "tests", "fixtures");

export const DEFAULT_CONFIG: SettingsInput = {
  title: "Fixture Blog",
  description: "A site built by the tests.",
  url: "https://blog.example.org/",
  language: "en",
};

/** Where a test run keeps its temporary folders (tests/setup/temp-root.ts); outside a run (`npm run audit`), the system's. */
export const TEMP_ROOT_VARIABLE = "BROADSHEET_TEST_TMP";

export function tempDir(prefix = "broadsheet-"): string {
  return mkdtempSync(path.join(process.env[TEMP_ROOT_VARIABLE] ?? tmpdir(), prefix));
}

/** A site in a fresh temporary folder: `posts/` from `posts` (name → file text) and a `site.config.ts`. */
export function makeSite(posts: Record<string, string | Uint8Array>, config: Partial<SettingsInput> | null = {}): string {
  const root = tempDir("broadsheet-site-");
  mkdirSync(path.join(root, "posts"), { recursive: true });
  for (const [name, content] of Object.entries(posts)) {
    const file = path.join(root, "posts", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  if (config) writeSiteConfig(root, { ...DEFAULT_CONFIG, ...config });
  return root;
}

export function writeSiteConfig(root: string, config: SettingsInput): void {
  writeFileSync(path.join(root, "site.config.ts"), `export default ${JSON.stringify(config, null, 2)};\n`);
}

/** A copy of a fixture site under tests/fixtures, so builds never write into the repository. */
export function copyFixture(name: string): string {
  const root = tempDir(`broadsheet-${name}-`);
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  return root;
}

/** A copy of the sample site: this repository's posts/, comments/ and site.config.ts. */
export function copySampleSite(): string {
  const root = tempDir("broadsheet-sample-");
  cpSync(path.join(ENGINE_ROOT, "posts"), path.join(root, "posts"), { recursive: true });
  cpSync(path.join(ENGINE_ROOT, "pages"), path.join(root, "pages"), { recursive: true });
  cpSync(path.join(ENGINE_ROOT, "site.config.ts"), path.join(root, "site.config.ts"));
  cpSync(path.join(ENGINE_ROOT, "comments"), path.join(root, "comments"), { recursive: true });
  return root;
}

/** Every file under `dir` and its bytes, by path relative to it. */
export function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

export function readOutput(outDir: string, file: string): string {
  return readFileSync(path.join(outDir, file), "utf8");
}

export function page(outDir: string, file: string): CheerioAPI {
  return load(readOutput(outDir, file));
}

export function post(fields: Record<string, unknown>, body = "Body text."): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value)}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}
