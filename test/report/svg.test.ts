import { describe, expect, it } from "vitest";
import { BAND_COLORS, barChart, h, shareColor } from "../../src/report/svg.js";
import { nfc } from "../../src/core/unicode.js";

describe("barChart labels", () => {
  const row = (label: string, tag?: string) => ({ label, ...(tag ? { tag } : {}), valueText: "1", share: 0.5, color: "#000000" });
  const labels = (svg: string) => [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" class="label">([^<]*)<\/text>/g)].map((m) => m[1]);

  it("a cut label keeps its tag, so two long names alike stay apart (two ties read the same)", () => {
    const name = "Sở Khoa học và Công nghệ tỉnh Quảng Bình (bản nộp lại lần hai)";
    const shown = labels(barChart([row(name, "tie-1"), row(name, "tie-2")], { className: "chart-totals", label: "x" }));
    expect(shown).toHaveLength(2);
    expect(shown[0]).toMatch(/…\s\(tie-1\)$/);
    expect(shown[1]).toMatch(/…\s\(tie-2\)$/);
    expect([...shown[0]!].length).toBeLessThanOrEqual(44);
  });

  it("a cut label ends after a whole word ('một cửa đi…' read as 'go')", () => {
    const [shown] = labels(barChart([row("6.2 Dịch vụ công trực tuyến và một cửa điện tử của tỉnh")], { className: "chart-groups", label: "x" }));
    expect(shown).toMatch(/…$/);
    const words = "6.2 Dịch vụ công trực tuyến và một cửa điện tử của tỉnh".split(" ");
    for (const word of shown!.slice(0, -1).split(" ")) expect(words).toContain(word);
  });

  it("a label that fits is shown whole, without its tag", () => {
    expect(labels(barChart([row("Sở Nội vụ", "qb-snv")], { className: "chart-totals", label: "x" }))).toEqual(["Sở Nội vụ"]);
  });
});

describe("h: text for html, in element content and in attributes", () => {
  it.each([
    ["an ampersand (an entity typed as text stays text)", "A & B &lt;", "A &amp; B &amp;lt;"],
    ["a tag", "<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"],
    ["a double quote (ends an attribute)", '" onmouseover="x', "&quot; onmouseover=&quot;x"],
    ["a single quote (ends an attribute quoted so)", "' onfocus='x", "&#39; onfocus=&#39;x"],
    ["control characters, dropped", "a\x1b[2Jb\x07", "a[2Jb"],
    ["a bidi override, dropped", "abc\u202edef", "abcdef"],
    ["Vietnamese text, as it is", "Sở Tài chính", "Sở Tài chính"],
    ["decomposed (NFD) Vietnamese, composed", "Sở Tài chính".normalize("NFD"), "Sở Tài chính"],
    // Composed after the controls are dropped: a mark parted from its letter by one is composed with it.
    ["a control between a letter and its mark, dropped and the two composed", "so\u0007\u031b\u0309", "sở"],
  ])("escapes %s", (_, text, expected) => {
    expect(h(text)).toBe(expected);
  });

  it("composes as the loader does, a long run of marks cut (a finding quotes the file's text as written: String.normalize is quadratic)", () => {
    const key = `k${"\u0301\u0323".repeat(50_000)}`;
    expect(h(key)).toBe(nfc(key));
  });
});

describe("barChart bars", () => {
  it("fills a bar in proportion to its share, within its track (a share below 0, above 1 or not a number draws nothing outside it)", () => {
    const svg = barChart([-0.2, 0.5, 1.5, Number.NaN].map((share) => ({ label: "x", valueText: "1", share, color: "#000000" })), { className: "c", label: "c" });
    expect([...svg.matchAll(/width="([^"]*)"[^>]*class="bar"/g)].map((m) => m[1])).toEqual(["0", "150", "300", "0"]);
  });

  it("colours a share as the band it would be in, from its lower edge (90 % is the best colour, not the second)", () => {
    expect([0.9, 0.8999, 0.8, 0.65, 0.5, 0.4999].map(shareColor)).toEqual([BAND_COLORS[0], BAND_COLORS[1], BAND_COLORS[1], BAND_COLORS[2], BAND_COLORS[3], BAND_COLORS[4]]);
  });
});
