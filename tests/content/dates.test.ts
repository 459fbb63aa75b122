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

describe("parsePostDate, as other engines write dates", () => {
  // Jekyll's docs (jekyllrb.com/docs/front-matter/) write `date: YYYY-MM-DD HH:MM:SS +/-TTTT`; Ruby also reads a one-digit hour,
  // month or day. Hugo's archetypes write `date: 2019-03-26T08:47:11+01:00`, Zola's docs `date = 2017-05-01`, YAML's spec
  // `2001-12-14 21:59:43.10 -5`.
  it.each([
    ["2021-06-01 9:30:00 +0000", "2021-06-01", "2021-06-01T09:30:00+00:00"],
    ["2016-03-22 13:23:58 -0400", "2016-03-22", "2016-03-22T13:23:58-04:00"],
    ["2019-03-26T08:47:11+01:00", "2019-03-26", "2019-03-26T08:47:11+01:00"],
    ["2001-12-14 21:59:43.10 -5", "2001-12-14", "2001-12-14T21:59:43.10-05:00"],
    ["2001-12-14t21:59:43.10-05:00", "2001-12-14", "2001-12-14T21:59:43.10-05:00"],
    ["2020-1-5", "2020-01-05", "2020-01-05T00:00:00Z"],
    ["2020/07/13 10:00", "2020-07-13", "2020-07-13T10:00:00Z"],
    ["2014-08-09 10:00:00 UTC", "2014-08-09", "2014-08-09T10:00:00Z"],
    ["2019-03-05 9:30 PM", "2019-03-05", "2019-03-05T21:30:00Z"],
    ["2019-03-05 12:10 am", "2019-03-05", "2019-03-05T00:10:00Z"],
    ["2020-07-13 23:59:59 +1400", "2020-07-13", "2020-07-13T23:59:59+14:00"],
  ])("reads %j on the day written", (input, day, instant) => {
    const result = parsePostDate(input);
    expect(result).toMatchObject({ ok: true, date: { day, instant } });
    expect(result.ok && Number.isFinite(result.date.epoch)).toBe(true);
  });

  it("gives the instant a one-digit hour and its offset mean", () => {
    const result = parsePostDate("2021-06-01 9:30:00 +0200");
    expect(result.ok && result.date.epoch).toBe(Date.UTC(2021, 5, 1, 7, 30));
  });

  it.each([
    ["2019-03-05 13:30 PM", /time that does not exist/],
    ["2020-07-13 10:00 +2500", /time that does not exist/],
    ["Last Modified", /Eleventy's date from the file or from git/],
    ["git Created", /Eleventy's date from the file or from git/],
  ])("refuses %j", (input, message) => {
    expect(parsePostDate(input)).toMatchObject({ ok: false, message: expect.stringMatching(message) });
  });
});
