import { describe, expect, it } from "vitest";
import { videoOf } from "../../src/markdown/video.ts";

describe("videoOf", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    ["https://youtube.com/watch?v=dQw4w9WgXcQ&t=90", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90"],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1h2m3s", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=3723"],
    ["https://youtu.be/dQw4w9WgXcQ?t=42", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42"],
    ["https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ?start=5", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=5"],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    ["https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"],
    ["https://vimeo.com/76979871#t=30s", "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=30s"],
    ["https://vimeo.com/channels/staffpicks/76979871", "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"],
    ["https://vimeo.com/76979871/a1b2c3d4e5", "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=a1b2c3d4e5"],
    ["https://player.vimeo.com/video/76979871?h=a1b2c3", "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=a1b2c3"],
  ])("%s plays from %s, never from a tracking address", (href, player) => {
    expect(videoOf(href)?.player).toBe(player);
  });

  it.each([
    "https://www.youtube.com/",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/@channel",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ",
    "javascript:alert(1)//youtu.be/dQw4w9WgXcQ",
    "https://vimeo.com/about",
    "/posts/a-video/",
    "not a url",
  ])("%s is no video", (href) => {
    expect(videoOf(href)).toBeUndefined();
  });
});
