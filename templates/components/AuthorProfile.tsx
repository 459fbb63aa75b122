import type { Author } from "../../src/model/collections.ts";

/** An author's bio and links from the authors file; nothing when the file does not describe them. */
export function AuthorProfile({ author }: { author: Author }) {
  if (!author.bio && !author.links.length) return null;
  return (
    <div class="author-profile">
      {author.bio && <p class="author-bio">{author.bio}</p>}
      {author.links.length > 0 && (
        <ul class="author-links">
          {author.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="me">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
