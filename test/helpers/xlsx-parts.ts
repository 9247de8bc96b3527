import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";

/**
 * An xlsx read as the files it is made of, without exceljs: what a spreadsheet program reads (the number format
 * each cell's style names, the workbook's defined names), not what exceljs makes of it when it reads the file back.
 */
export function xlsxParts(file: string): Map<string, string> {
  const zip = readFileSync(file);
  // The end of central directory record: the last 22 bytes, when the archive has no comment.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file}: not a zip archive`);
  const parts = new Map<string, string>();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10), size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28), extra = zip.readUInt16LE(at + 30), comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, "");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** Excel's built-in number formats that the workbooks here can name (ECMA-376 part 1, 18.8.30). */
const BUILT_IN: Record<number, string> = { 0: "General", 1: "0", 2: "0.00", 9: "0%", 10: "0.00%" };

/** A cell's alignment as its style gives it (attributes left out are absent: left for text, right for numbers). */
interface XlsxAlignment { horizontal?: string; vertical?: string; indent?: number; wrapText?: boolean }

export interface XlsxCell { type: string; value: string; numFmt: string; alignment: XlsxAlignment }

/**
 * The cells of the workbook's sheets by name, each by its address ("J2"): its type (`s` a shared string, `n` a
 * number), its value (a shared string's text), the number format and the alignment its style names. Blank cells
 * are left out.
 */
export function xlsxCells(file: string): Map<string, Map<string, XlsxCell>> {
  const parts = xlsxParts(file);
  const styles = parts.get("xl/styles.xml") ?? "";
  const formats = new Map(Object.entries(BUILT_IN).map(([id, code]) => [Number(id), code]));
  for (const m of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)) formats.set(Number(m[1]), unescape(m[2]!));
  const cellXfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? "";
  const xfs = [...cellXfs.matchAll(/<xf\b([^>]*?)(?:\/>|>(.*?)<\/xf>)/gs)].map((m) => ({ attributes: m[1]!, inner: m[2] ?? "" }));
  const xfFormats = xfs.map(({ attributes }) => { const id = /numFmtId="(\d+)"/.exec(attributes)?.[1] ?? "0"; return formats.get(Number(id)) ?? `#${id}`; });
  const xfAlignments = xfs.map(({ inner }) => alignment(/<alignment\b([^>]*)\/>/.exec(inner)?.[1] ?? ""));
  const shared = [...(parts.get("xl/sharedStrings.xml") ?? "").matchAll(/<si>(.*?)<\/si>/gs)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, "")));
  const names = [...(parts.get("xl/workbook.xml") ?? "").matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]!));
  const sheets = new Map<string, Map<string, XlsxCell>>();
  names.forEach((name, i) => {
    const cells = new Map<string, XlsxCell>();
    for (const m of (parts.get(`xl/worksheets/sheet${i + 1}.xml`) ?? "").matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const attributes = m[2]!, inner = m[3] ?? "";
      const type = /\bt="(\w+)"/.exec(attributes)?.[1] ?? "n";
      const raw = /<v>(.*?)<\/v>/s.exec(inner)?.[1];
      // A cell with a style and no value is blank (a column's format reaches its empty cells too).
      if (raw === undefined) continue;
      const xf = Number(/\bs="(\d+)"/.exec(attributes)?.[1] ?? 0);
      cells.set(m[1]!, { type, value: type === "s" ? shared[Number(raw)] ?? "" : unescape(raw), numFmt: xfFormats[xf] ?? "General", alignment: xfAlignments[xf] ?? {} });
    }
    sheets.set(name, cells);
  });
  return sheets;
}

function alignment(attributes: string): XlsxAlignment {
  const out: XlsxAlignment = {};
  for (const [, name, value] of attributes.matchAll(/(\w+)="([^"]*)"/g)) {
    if (name === "horizontal" || name === "vertical") out[name] = value!;
    if (name === "indent") out.indent = Number(value);
    if (name === "wrapText") out.wrapText = value === "1" || value === "true";
  }
  return out;
}

/** What a sheet prints with: its columns' widths and rows' heights (1-based, those set), and its print titles. */
interface XlsxLayout { widths: Map<number, number>; heights: Map<number, number>; printTitles: { rows?: [number, number]; columns?: [string, string] } }

/** Each sheet's layout by sheet name, read from the sheet's XML and the workbook's defined names. */
export function xlsxLayouts(file: string): Map<string, XlsxLayout> {
  const parts = xlsxParts(file);
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const names = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]!));
  const layouts = new Map<string, XlsxLayout>();
  names.forEach((name, i) => {
    const xml = parts.get(`xl/worksheets/sheet${i + 1}.xml`) ?? "";
    const widths = new Map<number, number>();
    for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)"[^>]*?width="([\d.]+)"/g)) for (let c = Number(m[1]); c <= Number(m[2]); c++) widths.set(c, Number(m[3]));
    const heights = new Map<number, number>();
    for (const m of xml.matchAll(/<row r="(\d+)"[^>]*?\bht="([\d.]+)"/g)) heights.set(Number(m[1]), Number(m[2]));
    const titles = new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">([^<]*)</definedName>`).exec(workbook)?.[1] ?? "";
    const rows = /\$(\d+):\$(\d+)/.exec(titles), columns = /\$([A-Z]+):\$([A-Z]+)/.exec(titles);
    layouts.set(name, { widths, heights, printTitles: { ...(rows ? { rows: [Number(rows[1]), Number(rows[2])] as [number, number] } : {}), ...(columns ? { columns: [columns[1]!, columns[2]!] as [string, string] } : {}) } });
  });
  return layouts;
}

/** Each sheet's cell notes (comments) by sheet name, each by its cell's address, as their text. */
export function xlsxNotes(file: string): Map<string, Map<string, string>> {
  const parts = xlsxParts(file);
  const names = [...(parts.get("xl/workbook.xml") ?? "").matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]!));
  const notes = new Map<string, Map<string, string>>();
  names.forEach((name, i) => {
    const rels = parts.get(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`) ?? "";
    const target = /Target="([^"]*comments[^"]*)"/.exec(rels)?.[1];
    const xml = target === undefined ? "" : parts.get(path.posix.normalize(`xl/worksheets/${target}`)) ?? parts.get(target.replace(/^\//, "")) ?? "";
    notes.set(name, new Map([...xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>(.*?)<\/comment>/gs)].map((m) => [m[1]!, unescape([...m[2]!.matchAll(/<t(?:\s[^>]*)?>(.*?)<\/t>/gs)].map((t) => t[1]).join(""))])));
  });
  return notes;
}

/** Each sheet's frozen rows (the view's ySplit; 0 when none) by sheet name. */
export function xlsxFrozenRows(file: string): Map<string, number> {
  const parts = xlsxParts(file);
  const names = [...(parts.get("xl/workbook.xml") ?? "").matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]!));
  return new Map(names.map((name, i) => {
    const pane = /<pane\b([^>]*)\/>/.exec(parts.get(`xl/worksheets/sheet${i + 1}.xml`) ?? "")?.[1] ?? "";
    return [name, /state="frozen"/.test(pane) ? Number(/ySplit="(\d+)"/.exec(pane)?.[1] ?? 0) : 0];
  }));
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
