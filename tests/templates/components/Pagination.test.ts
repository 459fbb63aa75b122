import { describe, expect, it } from "vitest";
import { pageLinks } from "../../../templates/components/Pagination.tsx";

describe("pageLinks", () => {
  const show = (current: number, count: number) => pageLinks(current, count).map((link) => ("gap" in link ? "…" : link.number)).join(" ");

  it("shows every page of a short list", () => {
    expect(show(1, 1)).toBe("1");
    expect(show(3, 5)).toBe("1 2 3 4 5");
    expect(show(4, 7)).toBe("1 2 3 4 5 6 7");
  });

  it("shows the first, the last and two either side of the current page, with gaps", () => {
    expect(show(1, 100)).toBe("1 2 3 … 100");
    expect(show(50, 100)).toBe("1 … 48 49 50 51 52 … 100");
    expect(show(100, 100)).toBe("1 … 98 99 100");
  });

  it("shows a single missing page instead of a gap", () => {
    expect(show(5, 9)).toBe("1 2 3 4 5 6 7 8 9");
  });
});
