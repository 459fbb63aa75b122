/**
 * The one way HTML reaches a page unescaped: a post body rendered by our
 * markdown-it instance. Everything else goes through JSX, which escapes.
 */
export function TrustedHtml({ html, class: className }: { html: string; class?: string }) {
  return <div class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
