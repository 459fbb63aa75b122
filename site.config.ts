import type { SettingsInput } from "./src/model/settings.ts";

/** Settings of this blog. The README's Configuration section explains each one. */
export default {
  title: "The Security Brief",
  description: "Long-form analysis of conflicts, militias and the politics of security.",
  url: "https://example.com/",
  language: "en",
  defaultAuthor: "Nicholas Doumouras, Jr.",
  toc: "auto",
} satisfies SettingsInput;
