import { readFileSync } from "node:fs";
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

export interface XlsxCell { type: string; value: string; numFmt: string }

/**
 * The cells of the workbook's sheets by name, each by its address ("J2"): its type (`s` a shared string, `n` a
 * number), its value (a shared string's text) and the number format its style names. Blank cells are left out.
 */
export function xlsxCells(file: string): Map<string, Map<string, XlsxCell>> {
  const parts = xlsxParts(file);
  const styles = parts.get("xl/styles.xml") ?? "";
  const formats = new Map(Object.entries(BUILT_IN).map(([id, code]) => [Number(id), code]));
  for (const m of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)) formats.set(Number(m[1]), unescape(m[2]!));
  const cellXfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? "";
  const xfFormats = [...cellXfs.matchAll(/<xf\b[^>]*?numFmtId="(\d+)"/g)].map((m) => formats.get(Number(m[1])) ?? `#${m[1]}`);
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
      cells.set(m[1]!, { type, value: type === "s" ? shared[Number(raw)] ?? "" : unescape(raw), numFmt: xfFormats[Number(/\bs="(\d+)"/.exec(attributes)?.[1] ?? 0)] ?? "General" });
    }
    sheets.set(name, cells);
  });
  return sheets;
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
