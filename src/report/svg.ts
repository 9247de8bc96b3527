/** Inline SVG charts for the html report: pure strings, every text escaped, no script, no external reference. */
import { nfc } from "../core/unicode.js";
import { stripControls } from "./common.js";
import { truncateWords } from "../core/truncate.js";

/**
 * Text for html: escaped, controls dropped (stripControls), composed (NFC) as the csv and xlsx write every cell (a
 * path as a Mac spells it, "sở" decomposed, is not read as the agency's text is), and a percent sign kept on the line
 * of its number ("98,30 %"). nfc, not String.normalize: a finding quotes the file's text uncomposed (a duplicate
 * key of 100,000 marks of alternating classes took 2.7 s to compose, quadratic).
 */
export function h(text: string | number): string {
  return nfc(stripControls(String(text)))
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")
    .replace(/(\d) %/g, "$1\u00a0%")
    // A line break from data written as a reference, which reads the same: html printed to a CI job's log starts no
    // line with the data's text (a note holding "\n::error::…" was a GitHub workflow command).
    .replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

interface BarRow {
  label: string;
  /** Kept after a label that is cut (an agency's id): two long names alike stay apart. */
  tag?: string;
  /** Shown at the end of the row, e.g. "84,00 / 100". */
  valueText: string;
  /** Filled share in [0, 1]. */
  share: number;
  color: string;
  /** Indent level of the label (sub-groups). */
  depth?: number;
  /** Bold label (top-level groups, the total). */
  strong?: boolean;
  /** Full text for the tooltip when the label is shortened. */
  title?: string;
  muted?: boolean;
}

const ROW = 22, LABEL = 300, BAR = 300, VALUE = 130, WIDTH = LABEL + BAR + VALUE;

/** Horizontal bars, each against its own maximum (a grey track behind the filled part). */
export function barChart(rows: BarRow[], options: { className: string; label: string; scaleMarks?: boolean }): string {
  const top = options.scaleMarks ? 18 : 4;
  const height = top + rows.length * ROW + 4;
  const parts: string[] = [
    `<svg class="chart ${h(options.className)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${h(options.label)}">`,
    `<title>${h(options.label)}</title>`,
  ];
  if (options.scaleMarks) {
    for (const p of [0, 25, 50, 75, 100]) {
      const x = LABEL + (BAR * p) / 100;
      parts.push(`<line x1="${x}" y1="14" x2="${x}" y2="${height - 2}" class="grid"/><text x="${x}" y="11" class="tick" text-anchor="middle">${p} %</text>`);
    }
  }
  rows.forEach((row, i) => {
    const y = top + i * ROW;
    const share = Math.max(0, Math.min(1, Number.isFinite(row.share) ? row.share : 0));
    const indent = (row.depth ?? 0) * 14;
    const width = (row.strong ? 38 : 44) - Math.round(indent / 6);
    // Cut after a whole word where one ends near the room's end ("một cửa đi…" read as "go").
    const label = row.tag && [...row.label].length > width ? `${truncateWords(row.label, Math.max(8, width - [...row.tag].length - 3))} (${row.tag})` : truncateWords(row.label, width);
    parts.push(`<g class="row${row.muted ? " muted" : ""}">`);
    parts.push(`<title>${h(row.title ?? row.label)}: ${h(row.valueText)}</title>`);
    parts.push(`<text x="${4 + indent}" y="${y + 15}" class="label${row.strong ? " strong" : ""}">${h(label)}</text>`);
    parts.push(`<rect x="${LABEL}" y="${y + 4}" width="${BAR}" height="${ROW - 8}" rx="2" class="track"/>`);
    parts.push(`<rect x="${LABEL}" y="${y + 4}" width="${round(BAR * share)}" height="${ROW - 8}" rx="2" fill="${h(row.color)}" class="bar" data-share="${round(share, 4)}"/>`);
    parts.push(`<text x="${WIDTH - 4}" y="${y + 15}" class="value" text-anchor="end">${h(row.valueText)}</text>`);
    parts.push(`</g>`);
  });
  parts.push(`</svg>`);
  return parts.join("");
}

/** Vertical columns (a histogram or a distribution): counts per bucket. */
export function columnChart(buckets: { label: string; count: number; color: string; title?: string }[], options: { className: string; label: string }): string {
  const width = Math.max(360, buckets.length * 64 + 40), height = 190, base = 150, top = 18;
  const most = Math.max(1, ...buckets.map((b) => b.count));
  const step = (width - 40) / Math.max(1, buckets.length);
  const parts = [
    `<svg class="chart ${h(options.className)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${h(options.label)}">`,
    `<title>${h(options.label)}</title>`,
    `<line x1="20" y1="${base}" x2="${width - 20}" y2="${base}" class="axis"/>`,
  ];
  buckets.forEach((b, i) => {
    const x = 20 + i * step + step * 0.15, w = step * 0.7;
    const barHeight = round(((base - top) * b.count) / most);
    parts.push(`<g class="column"><title>${h(b.title ?? b.label)}: ${b.count}</title>`);
    parts.push(`<rect x="${round(x)}" y="${round(base - barHeight)}" width="${round(w)}" height="${barHeight}" fill="${h(b.color)}" class="bar" data-count="${b.count}"/>`);
    parts.push(`<text x="${round(x + w / 2)}" y="${round(base - barHeight - 4)}" text-anchor="middle" class="value">${b.count}</text>`);
    parts.push(`<text x="${round(x + w / 2)}" y="${base + 16}" text-anchor="middle" class="label">${h(truncateWords(b.label, Math.max(6, Math.floor(step / 7))))}</text>`);
    parts.push(`</g>`);
  });
  parts.push(`</svg>`);
  return parts.join("");
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Colours by rank of a band (best first) and for shares; fixed, never taken from data. Each is at least 3:1
 * against the white page and the grey track (WCAG 1.4.11, graphical objects): where a bar ends is the figure.
 * None carries meaning alone: each bar's text says its points (and a total's band).
 */
export const BAND_COLORS = ["#1a7f37", "#4a8f2f", "#9a6700", "#bc4c00", "#cf222e", "#8250df", "#57606a"];
export const NO_BAND_COLOR = "#6e7781";

export function shareColor(share: number): string {
  // The first five band colours: a share reads as the band it would be in at those steps.
  const [best, good, fair, weak, poor] = BAND_COLORS as [string, string, string, string, string];
  return share >= 0.9 ? best : share >= 0.8 ? good : share >= 0.65 ? fair : share >= 0.5 ? weak : poor;
}
