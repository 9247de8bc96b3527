import { describe, expect, it } from "vitest";
import { brokenLink } from "../../src/core/evidence-link.js";

describe("brokenLink", () => {
  it.each([
    // What a browser opens, or no web address at all: left alone.
    ["a web address", "https://stttt.quangbinh.gov.vn/van-ban/123?a=1&b=2#muc-2", undefined],
    ["plain http, in capitals, with a port", "HTTP://ABC.GOV.VN:8080/a", undefined],
    ["spaces in its path (a document system's folder)", "https://qlvb.quangbinh.gov.vn/Văn bản đi/45-KH.pdf", undefined],
    ["an internationalised domain", "https://bộ.vn/tin", undefined],
    ["a reference that is no web address", "iOffice 12/QĐ-UBND", undefined],
    ["a letter in words", "Công văn 123/STTTT-BCVT ngày 12/3/2025", undefined],
    ["a path on the agency's network", "\\\\may-chu\\tai-lieu\\bao-cao.pdf", undefined],
    ["a file name starting like a city", "TP.Huế-KH45.pdf", undefined],
    ["a host name starting with tp", "tpdonghoi.quangbinh.gov.vn", { code: "evidence-link-slip", address: "https://tpdonghoi.quangbinh.gov.vn" }],
    ["http in a sentence", "HTTP 1.1", undefined],
    ["another scheme (left to the collector)", "ftp://files.quangbinh.gov.vn/a.pdf", undefined],
    ["an intranet host without a dot", "http://ioffice/vb/12", undefined],
    ["an address inside another's query (a login page's return address)", "https://sso.quangbinh.gov.vn/login?ReturnUrl=https://qlvb.quangbinh.gov.vn/vb/18", undefined],
    // Slips: the address it most likely is.
    ["an address in Word's quotes", "“https://x.gov.vn/a”", { code: "evidence-link-quoted", address: "https://x.gov.vn/a" }],
    ["an address in straight quotes, spaced", "\" https://x.gov.vn/Văn bản/a.pdf \"", { code: "evidence-link-quoted", address: "https://x.gov.vn/Văn bản/a.pdf" }],
    ["www in guillemets", "«www.x.gov.vn/a»", { code: "evidence-link-quoted", address: "https://www.x.gov.vn/a" }],
    ["two quoted names, no address", "“Kế hoạch” và “Báo cáo”", undefined],
    ["www with spaces in its path", "www.a.gov.vn/Văn bản đi", { code: "evidence-link-slip", address: "https://www.a.gov.vn/Văn bản đi" }],
    ["a mistyped scheme before a path with spaces", "htps://a.gov.vn/Văn bản đi/45.pdf", { code: "evidence-link-slip", address: "https://a.gov.vn/Văn bản đi/45.pdf" }],
    ["www without its scheme", "www.quangbinh.gov.vn/a", { code: "evidence-link-slip", address: "https://www.quangbinh.gov.vn/a" }],
    ["a bare domain", "quangbinh.gov.vn/tin-tuc", { code: "evidence-link-slip", address: "https://quangbinh.gov.vn/tin-tuc" }],
    ["a letter missing", "htps://abc.gov.vn", { code: "evidence-link-slip", address: "https://abc.gov.vn" }],
    ["a letter too many", "httpss://abc.gov.vn", { code: "evidence-link-slip", address: "https://abc.gov.vn" }],
    ["a letter twice", "hhttp://abc.gov.vn", { code: "evidence-link-slip", address: "http://abc.gov.vn" }],
    ["the colon missing", "https//abc.gov.vn", { code: "evidence-link-slip", address: "https://abc.gov.vn" }],
    ["the colon after the slashes", "https//:abc.gov.vn", { code: "evidence-link-slip", address: "https://abc.gov.vn" }],
    ["a slash missing", "https:/abc.gov.vn", { code: "evidence-link-slip", address: "https://abc.gov.vn" }],
    ["a semicolon for the colon", "http;//abc.gov.vn", { code: "evidence-link-slip", address: "http://abc.gov.vn" }],
    ["backslashes", "https:\\\\abc.gov.vn", { code: "evidence-link-slip", address: "https://abc.gov.vn" }],
    // Wrong with nothing sure to suggest.
    ["an address with words after it", "https://abc.gov.vn (trang 5)", { code: "evidence-link-broken" }],
    ["two addresses in one link", "https://a.gov.vn/tin-tuc, https://a.gov.vn/thong-bao", { code: "evidence-link-several", count: 2 }],
    ["two addresses without their scheme", "www.abc.gov.vn, www.def.gov.vn", { code: "evidence-link-several", count: 2 }],
    ["one address with www in it", "https://www.abc.gov.vn/www.html", undefined],
    // Addresses no verifier can open or trust.
    ["a right-to-left override (…/exe.pdf on screen)", "https://a.gov.vn/\u202Efdp.exe", { code: "evidence-link-hidden", char: "U+202E", position: 18 }],
    ["a tag character after a Vietnamese path", "https://a.gov.vn/Văn bản\u{E0041}", { code: "evidence-link-hidden", char: "U+E0041", position: 25 }],
    ["a javascript: link", "javascript:alert(1)", { code: "evidence-link-no-document", scheme: "javascript" }],
    ["a javascript: link with a tab in its scheme, in capitals", "JAVA\tSCRIPT:alert(1)", { code: "evidence-link-no-document", scheme: "javascript" }],
    ["a data: link", "data:application/pdf;base64,JVBERi0=", { code: "evidence-link-no-document", scheme: "data" }],
    ["a folder of the agency's own (cited, the files sent)", "D:\\Minh chung 2025\\45-KH.pdf", undefined],
    ["a reference with a colon", "Công văn số: 123/STTTT", undefined],
    ["words after Data:", "Data: bảng thống kê 2025", undefined],
  ] as const)("%s: %s", (_, link, finding) => {
    expect(brokenLink(link)).toEqual(finding);
  });
});
