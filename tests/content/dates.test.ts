import { describe, expect, it } from "vitest";
import { parsePostDate } from "../../src/content/dates.ts";

describe("parsePostDate", () => {
  it("keeps a calendar day as written and puts it at midnight UTC for feeds", () => {
    const result = parsePostDate("2020-07-13");
    expect(result).toEqual({ ok: true, date: { day: "2020-07-13", instant: "2020-07-13T00:00:00Z", epoch: Date.UTC(2020, 6, 13) } });
  });

  it("keeps the day written for a date-time with an offset, whatever UTC day it falls on", () => {
    const result = parsePostDate("2020-07-13T23:30:00-05:00");
    expect(result.ok && result.date.day).toBe("2020-07-13");
    expect(result.ok && result.date.instant).toBe("2020-07-13T23:30:00-05:00");
    expect(result.ok && result.date.epoch).toBe(Date.UTC(2020, 6, 14, 4, 30));
  });

  it("reads an offset written without a colon and takes a date-time without an offset as UTC", () => {
    expect(parsePostDate("2013-05-06 02:12:52 +0200")).toMatchObject({ ok: true, date: { day: "2013-05-06", instant: "2013-05-06T02:12:52+02:00" } });
    expect(parsePostDate("2013-01-09T15:43:13")).toMatchObject({ ok: true, date: { day: "2013-01-09", instant: "2013-01-09T15:43:13Z" } });
  });

  it.each([
    ["Jul 08 2022", "2022-07-08"],
    ["July 8, 2022", "2022-07-08"],
    ["8 July 2022", "2022-07-08"],
    ["Sept 30 2021", "2021-09-30"],
  ])("reads the full date %j, with a month name, as %s", (input, day) => {
    expect(parsePostDate(input)).toMatchObject({ ok: true, date: { day, instant: `${day}T00:00:00Z` } });
  });

  it.each([
    ["2020-02-30", /not a real date \(February 2020 has 29 days\)/],
    ["2021-02-29", /February 2021 has 28 days/],
    ["2020-13-01", /month 13, which does not exist/],
    ["July 13", /"July 13" is not a date/],
    ["Feb 30 2020", /not a real date/],
    ["Smarch 3 2020", /"Smarch 3 2020" is not a date/],
    ["", /is empty/],
    ["2020-07-13T25:00:00Z", /time that does not exist/],
  ])("refuses %j", (input, message) => {
    const result = parsePostDate(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
    expect(!result.ok && result.message).toMatch(/expected a date as YYYY-MM-DD/);
  });

  it("refuses values that are not text", () => {
    expect(parsePostDate(20200713)).toMatchObject({ ok: false, message: expect.stringMatching(/^is a number/) });
    expect(parsePostDate(["2020-07-13"])).toMatchObject({ ok: false, message: expect.stringMatching(/^is a list/) });
  });
});
