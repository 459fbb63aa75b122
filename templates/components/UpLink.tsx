import { useHref } from "./PageContext.ts";

/** A link from one item's page up to the index of all of them: "All tags", "All authors". */
export function UpLink({ to, children }: { to: string; children: string }) {
  const href = useHref();
  return (
    <p class="up-link">
      <a href={href(to)}>{children}</a>
    </p>
  );
}
