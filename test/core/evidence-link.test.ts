import { describe, expect, it } from "vitest";
import { brokenLink } from "../../src/core/evidence-link.js";

describe("brokenLink", () => {
  it.each([
    ["a web address", "https://stttt.quangbinh.gov.vn/van-ban/123?a=1&b=2", undefined],
    ["plain http, in capitals", "HTTP://ABC.GOV.VN", undefined],
    ["a reference that is no web address", "iOffice 123/QĐ-UBND", undefined],
    ["a path on the agency's network", "\\\\may-chu\\tai-lieu\\bao-cao.pdf", undefined],
    ["a portal named in words", "Cổng TTĐT tỉnh Quảng Bình", undefined],
    ["another scheme (left to the collector)", "ftp://files.quangbinh.gov.vn/a.pdf", undefined],
    ["a word that starts like a scheme", "httpbin", undefined],
    ["www without its scheme", "www.quangbinh.gov.vn/a", "https://www.quangbinh.gov.vn/a"],
    ["a letter missing", "htps://abc.gov.vn", "https://abc.gov.vn"],
    ["the colon missing", "https//abc.gov.vn", "https://abc.gov.vn"],
    ["a slash missing", "https:/abc.gov.vn", "https://abc.gov.vn"],
    ["a semicolon for the colon", "http;//abc.gov.vn", "http://abc.gov.vn"],
    ["a space after the colon", "http: //abc.gov.vn", "http://abc.gov.vn"],
    ["spaces inside an address", "https://abc.gov.vn/van ban/1", "https://abc.gov.vn/vanban/1"],
  ] as const)("%s: %s", (_, link, suggestion) => {
    expect(brokenLink(link)?.address).toBe(suggestion);
    expect(brokenLink(link) !== undefined).toBe(suggestion !== undefined);
  });

  it("an http address that does not parse is broken, with nothing to suggest", () => {
    expect(brokenLink("http://[::1/a")).toEqual({});
  });
});
