import { ensureSystemTools } from "../gates/lib/system-tools.ts";

/** Vitest global setup: Chromium, Java and feedparser are there before any test starts, or the run stops. */
export default function setup(): void {
  ensureSystemTools();
}
