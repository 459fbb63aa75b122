import { renderToString } from "preact-render-to-string";
import { formatProblem, type Problem } from "../../src/model/problem.ts";
import { stringsFor } from "../../src/model/strings.ts";

/** Colours of their own, whatever the page's scheme: white on dark red is over 10:1. */
const BOX =
  "display:block;margin:0;padding:1rem 1.25rem;background:#8b0000;color:#fff;font:1rem/1.5 system-ui,sans-serif;border-bottom:0.25rem solid #fff;position:relative;z-index:2147483647";
const LINE = "display:block;font:1rem/1.5 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere;color:#fff;background:none";

/**
 * The dev server's banner while a problem stops the build: every problem
 * line, as `npm run check` prints it, at the top of whatever page is shown,
 * announced by screen readers. Only the dev server adds it to a response; no
 * page of a build contains it. Its words are in `language`, the page's: the
 * problem lines are English, as `npm run check` prints them.
 */
export function ProblemBanner({ problems, language }: { problems: readonly Problem[]; language: string }) {
  const t = stringsFor(language);
  return (
    <section id="broadsheet-problems" role="alert" aria-labelledby="broadsheet-problems-title" style={BOX}>
      <h2 id="broadsheet-problems-title" style="margin:0 0 0.5rem;font-size:1.25rem;color:#fff">
        {t.count("problems.title", problems.length)}
      </h2>
      <p style="margin:0 0 0.5rem">{t.text("problems.lede")}</p>
      <ul style="margin:0;padding-left:1.25rem">
        {problems.map((problem) => (
          <li>
            <code style={LINE}>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function problemBannerHtml(problems: readonly Problem[], language: string): string {
  return renderToString(<ProblemBanner problems={problems} language={language} />);
}
