import { execFile } from "node:child_process";

/** Debian's Python, which has python3-feedparser (the `python3` first on PATH may not). */
export const PYTHON = "/usr/bin/python3";

/** Runs a Python script with `args` and `input` on its standard input, and returns what it prints as JSON. */
export function runPython<T>(script: string, args: readonly string[] = [], input = ""): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = execFile(PYTHON, ["-c", script, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${PYTHON} failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as T);
    });
    child.stdin?.end(input, "utf8");
  });
}

/** Parses XML with Python's expat, a strict parser that refuses any malformed document. */
export function parseXmlStrictly(xml: string): Promise<{ ok: true; root: string; title: string | null; attribute: string | null } | { ok: false; error: string }> {
  return runPython(
    `import sys, json, xml.dom.minidom as m
try:
    d = m.parseString(sys.stdin.buffer.read())
    t = d.getElementsByTagName("title")
    print(json.dumps({"ok": True, "root": d.documentElement.tagName, "title": "".join(n.data for n in t[0].childNodes) if t else None, "attribute": d.documentElement.getAttribute("title")}))
except Exception as e:
    print(json.dumps({"ok": False, "error": str(e)}))`,
    [],
    xml,
  );
}
