import { describe, expect, it } from "vitest";
import { collectAuthors } from "../../src/collections/authors.ts";
import { makePost } from "../helpers/posts.ts";

describe("collectAuthors", () => {
  const posts = [
    makePost({ slug: "c", date: "2020-03-01", author: "Amira Haddad" }),
    makePost({ slug: "b", date: "2020-02-01", author: "Nicholas Doumouras, Jr." }),
    makePost({ slug: "a", date: "2020-01-01", author: "amira haddad" }),
  ];

  it("groups posts by author slug, newest first, names by the most used spelling", () => {
    const { authors, byPost } = collectAuthors(posts, [], "en");
    expect(authors.map((author) => [author.name, author.url, author.posts.map((post) => post.slug)])).toEqual([
      ["Amira Haddad", "/authors/amira-haddad/", ["c", "a"]],
      ["Nicholas Doumouras, Jr.", "/authors/nicholas-doumouras-jr/", ["b"]],
    ]);
    expect(byPost.get("a")?.map((author) => author.slug)).toEqual(["amira-haddad"]);
    expect(authors[0]?.bio).toBeUndefined();
    expect(authors[0]?.links).toEqual([]);
  });

  it("puts a post with several authors on each author's page, in the order the post names them", () => {
    const shared = { ...makePost({ slug: "d", date: "2020-04-01", author: "Jane Doe" }), authors: ["Jane Doe", "Amira Haddad"] };
    const { authors, byPost } = collectAuthors([shared, ...posts], [], "en");
    expect(byPost.get("d")?.map((author) => author.name)).toEqual(["Jane Doe", "Amira Haddad"]);
    expect(authors.find((author) => author.slug === "amira-haddad")?.posts.map((post) => post.slug)).toEqual(["d", "c", "a"]);
    expect(authors.find((author) => author.slug === "jane-doe")?.posts.map((post) => post.slug)).toEqual(["d"]);
  });

  it("takes the name, bio and links of the authors file, and makes no page for profiles without posts", () => {
    const { authors } = collectAuthors(
      posts,
      [
        { name: "AMIRA HADDAD", bio: "Writes about method.", links: [{ title: "Website", url: "https://example.org/amira" }] },
        { name: "Nobody Yet", links: [] },
      ],
      "en",
    );
    expect(authors.map((author) => author.name)).toEqual(["AMIRA HADDAD", "Nicholas Doumouras, Jr."]);
    expect(authors[0]).toMatchObject({ bio: "Writes about method.", links: [{ title: "Website", url: "https://example.org/amira" }] });
  });
});
