/**
 * The one way HTML reaches a page unescaped: a post body rendered by our
 * markdown-it instance, or a comment body rendered by the comment instance
 * (`src/comments/markdown.ts`: no raw HTML, safe links only). Everything else
 * goes through JSX, which escapes.
 */
export function TrustedHtml({ html, class: className }: { html: string; class?: string }) {
  return <div class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
