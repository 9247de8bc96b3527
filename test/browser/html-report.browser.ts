/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, HOSTILE, hostileDir, REPRODUCIBLE, tempDir } from "../report/helpers.js";

/**
 * The html report opened in real headless Chromium. Run with `npm run test:browser`; needs Debian's
 * chromium at /usr/bin/chromium (or CHROMIUM=path). Screenshots and a printed PDF are kept in
 * test/browser/artifacts/ (git-ignored).
 */
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARTIFACTS = path.resolve("test/browser/artifacts");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const temps: string[] = [];
let context: BrowserContext;
let out: string;
let hostileHtml: string;
let seedHtml: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  // The "done when": every format of the bundled examples into one folder.
  out = path.join(tempDir(temps), "out");
  const r = await runCli(["score", "examples/", "--format", "html,csv,xlsx,md", "--output-dir", out, "--lang", "vi"], { env: REPRODUCIBLE });
  expect(r.code).toBe(1); // the invalid example is reported in the files, not fatal
  hostileHtml = path.join(tempDir(temps), "hostile.html");
  expect((await runCli(["score", hostileDir(temps), "--format", "html", "-o", hostileHtml], { env: REPRODUCIBLE })).code).toBe(0);
  seedHtml = path.join(tempDir(temps), "seed.html");
  expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "-o", seedHtml, "--lang", "vi"], { env: REPRODUCIBLE })).code).toBe(0);
  // A fresh profile every run; Playwright passes it as --user-data-dir.
  context = await chromium.launchPersistentContext(tempDir(temps), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1200, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  cleanup(temps);
});

interface Watch { page: Page; dialogs: string[]; errors: string[]; requests: string[] }

/** A page that records dialogs, page errors and every request that is not the file itself. */
async function open(file: string): Promise<Watch> {
  const page = await context.newPage();
  const w: Watch = { page, dialogs: [], errors: [], requests: [] };
  await page.addInitScript(() => {
    const flag = window as unknown as { __pwned: number };
    flag.__pwned = 0;
    window.alert = () => { flag.__pwned++; };
    window.confirm = () => { flag.__pwned++; return false; };
    window.prompt = () => { flag.__pwned++; return null; };
  });
  page.on("dialog", (d) => { w.dialogs.push(d.message()); void d.dismiss(); });
  page.on("pageerror", (e) => w.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") w.errors.push(m.text()); });
  page.on("request", (r) => { if (r.url() !== pathToFileURL(file).href) w.requests.push(r.url()); });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await page.waitForTimeout(200);
  return w;
}

describe("html report in Chromium", () => {
  it("the batch report renders: ranking, chart of totals, bands, group averages, every agency's bars", async () => {
    const file = path.join(out, "egov-score-report.html");
    const w = await open(file);
    const { page } = w;
    expect(await page.title()).toBe("Báo cáo kết quả chấm điểm chuyển đổi số");
    const facts = await page.evaluate(() => {
      const widths = (sel: string) => [...document.querySelectorAll(sel)].map((e) => (e as SVGGraphicsElement).getBoundingClientRect().width);
      return {
        totals: widths("svg.chart-totals rect.bar"),
        bands: [...document.querySelectorAll("svg.chart-bands rect.bar")].map((e) => Number(e.getAttribute("data-count"))),
        groups: widths("svg.chart-groups rect.bar").length,
        agencyCharts: document.querySelectorAll("svg.group-bars").length,
        rankingRows: document.querySelectorAll("table.ranking tbody tr").length,
        chartBoxes: [...document.querySelectorAll("svg.chart")].map((e) => e.getBoundingClientRect().height),
        text: document.body.innerText,
        height: document.body.scrollHeight,
      };
    });
    expect(facts.totals).toHaveLength(5);
    expect(facts.totals.every((x) => x > 50)).toBe(true);
    expect(facts.bands.reduce((a, b) => a + b, 0)).toBe(5);
    // Only dti-cap-so has several agencies: its 10 groups and sub-groups, once per cohort (departments, and the
    // treasury on its own: one average over both mixed them).
    expect(facts.groups).toBe(20);
    expect(facts.text).toContain("Điểm trung bình từng nhóm chỉ số của khối Sở, ban, ngành và ban quản lý (4 cơ quan");
    expect(facts.agencyCharts).toBe(7);
    expect(facts.rankingRows).toBe(5);
    expect(facts.chartBoxes.every((h) => h > 40)).toBe(true);
    expect(facts.text).toContain("Sở Khoa học và Công nghệ tỉnh Quảng Bình");
    expect(facts.text).toContain("Không chấm được (1 tệp)");
    expect(w.errors).toEqual([]);
    expect(w.requests).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "examples.png"), fullPage: true });
    // Printing on A4: several pages, each agency from a new page.
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(path.join(ARTIFACTS, "examples.pdf"), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox\s*\[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    await page.close();
  });

  it("printed on A4 with --group-ranks, the ranking tables keep every column on the page (one was 938 px on a 703 px page), on landscape pages", async () => {
    const file = path.join(tempDir(temps), "ranks.html");
    expect((await runCli(["score", "examples/", "--group-ranks", "--format", "html", "-o", file, "--lang", "vi"], { env: REPRODUCIBLE })).code).toBe(1);
    const page = await context.newPage();
    await page.setViewportSize({ width: 703, height: 1000 }); // A4 less its margins, at 96 dpi
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const widths = await page.evaluate(() => [...document.querySelectorAll("table.ranking")].map((t) => Math.max(t.scrollWidth, Math.round(t.getBoundingClientRect().width))));
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w).toBeLessThanOrEqual(703);
    // No heading is broken inside a word: "Hạng" printed one letter to a line.
    const broken = await page.evaluate(() => [...document.querySelectorAll("table.ranking th")].filter((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      return lines > (th.textContent ?? "").trim().split(/\s+/).length;
    }).map((th) => th.textContent));
    expect(broken).toEqual([]);
    // Printed as the browser's print dialog does (the page sizes the CSS asks for): the title, charts and rankings
    // on landscape pages, where the names have room; each agency on portrait pages.
    const boxes = ((await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1").match(/\/MediaBox\s*\[[^\]]*\]/g) ?? []).map((b) => b.match(/[\d.]+/g)!.map(Number));
    expect(boxes[0]![2]).toBeGreaterThan(boxes[0]![3]!);
    expect(boxes.at(-1)![2]).toBeLessThan(boxes.at(-1)![3]!);
    await page.close();
  });

  it.each(["vi", "en"])("on a 1280 px screen (%s) every ranking fits its box, not scrolling sideways (the first was 1117 px in 1052, 1235 in English), and its names keep room to be read", async (lang) => {
    const file = path.join(tempDir(temps), `ranking-${lang}.html`);
    expect((await runCli(["score", "examples/", "--format", "html", "-o", file, "--lang", lang], { env: REPRODUCIBLE })).code).toBe(1);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const boxes = await page.evaluate(() => [...document.querySelectorAll("table.ranking")].map((t) => ({ table: t.scrollWidth, box: t.parentElement!.clientWidth })));
    expect(boxes.length).toBe(2);
    for (const b of boxes) expect(b.table).toBeLessThanOrEqual(b.box);
    // Lines each name, and each agency type under it, of the first ranking takes (squeezed, "Sở Tài chính tỉnh
    // Quảng Bình" took 4, "Ban Quản lý Khu kinh tế tỉnh Quảng Bình" 6, its type 8).
    const lines = (selector: string) => page.evaluate((s) => [...document.querySelector("table.ranking")!.querySelectorAll(s)].map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }), selector);
    const names = await lines("tbody th[scope=row] a"), types = await lines("tbody th[scope=row] .type");
    expect([names.length, types.length]).toEqual([4, 4]);
    expect(Math.max(...names)).toBeLessThanOrEqual(2);
    expect(Math.max(...types)).toBeLessThanOrEqual(3);
    await page.close();
  });

  it("at 320 px wide (a phone, or 1280 px zoomed to 400 %) the page does not scroll sideways: wide tables scroll in their own box, which takes the keyboard's focus", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(pathToFileURL(path.join(out, "egov-score-report.html")).href, { waitUntil: "load" });
    const facts = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      scrollers: [...document.querySelectorAll("div.scroll")].map((d) => ({ wide: d.scrollWidth > d.clientWidth, focusable: (d as HTMLElement).tabIndex === 0 })),
    }));
    expect(facts.page).toBeLessThanOrEqual(320);
    expect(facts.scrollers.some((s) => s.wide)).toBe(true);
    expect(facts.scrollers.every((s) => s.focusable)).toBe(true);
    // The first Tab reaches the skip link, and it leads past the contents.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#main");
    // Printed, the boxes do not scroll: every column is on the paper.
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => [...document.querySelectorAll("div.scroll")].every((d) => getComputedStyle(d).overflowX === "visible"))).toBe(true);
    await page.close();
  });

  it("the other files of the same run are there and are what they say", () => {
    const csv = readFileSync(path.join(out, "egov-score-report.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(path.join(out, "egov-score-report.xlsx")).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    expect(readFileSync(path.join(out, "egov-score-report.md"), "utf8")).toContain("### Xếp hạng — dti-cap-so 2025.1");
  });

  it("one agency: group bars against the max and the band", async () => {
    const w = await open(seedHtml);
    const bars = await w.page.evaluate(() => [...document.querySelectorAll("svg.group-bars rect.bar")].map((e) => Number(e.getAttribute("data-share"))));
    expect(bars).toHaveLength(11); // 10 groups and the total
    expect(bars.at(-1)).toBeCloseTo(0.8492, 3);
    expect(await w.page.locator(".headline .band").innerText()).toBe("Tốt");
    await w.page.screenshot({ path: path.join(ARTIFACTS, "seed.png"), fullPage: true });
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it.each([
    ["as written (escaping and the Content-Security-Policy)", false],
    ["with the Content-Security-Policy removed (escaping alone)", true],
  ])("hostile names, notes and evidence execute nothing: %s", async (_, stripCsp) => {
    let file = hostileHtml;
    if (stripCsp) {
      const html = readFileSync(hostileHtml, "utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
      expect(html).not.toContain("Content-Security-Policy");
      file = path.join(tempDir(temps), "no-csp.html");
      writeFileSync(file, html);
    }
    const w = await open(file);
    const facts = await w.page.evaluate(() => ({
      pwned: (window as unknown as { __pwned: number }).__pwned,
      scripts: document.scripts.length,
      images: document.images.length,
      handlers: document.querySelectorAll("[onerror],[onload],[onclick]").length,
      styles: document.querySelectorAll("style").length,
      bold: [...document.querySelectorAll("b")].length,
      javascriptLinks: [...document.querySelectorAll("a")].filter((a) => a.getAttribute("href")?.startsWith("javascript")).length,
      text: document.body.textContent ?? "",
    }));
    expect(facts).toMatchObject({ pwned: 0, scripts: 0, images: 0, handlers: 0, styles: 1, bold: 0, javascriptLinks: 0 });
    expect(w.dialogs).toEqual([]);
    expect(w.requests).toEqual([]);
    // The hostile strings are shown as the text they are.
    for (const text of [HOSTILE.name, HOSTILE.evidence, HOSTILE.link]) expect(facts.text).toContain(text);
    expect(facts.text).toContain(HOSTILE.note.replace(/\t/g, "\t"));
    if (!stripCsp) await w.page.screenshot({ path: path.join(ARTIFACTS, "hostile.png"), fullPage: true });
    await w.page.close();
  });
});
