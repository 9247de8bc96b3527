// `npm run bench -- gen N DIR`: N realistic agency files for the default rubric (dti-cap-so), each
// answering the 50 items a department answers, about 5.1 KB each (not the 3.5 KB: every answer
// carries the evidence item its indicator requires, docs/performance.md), with Vietnamese text; one file
// in 20 (5 %) is invalid with two errors (a count written as text and an unknown indicator code).
// Deterministic: the same N gives the same files.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A small deterministic generator (mulberry32), so corpora are reproducible. */
function random(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Đà Nẵng", "Quảng Nam"];
const DEPTS = ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"];
const NOTES = ["Số liệu lấy từ hệ thống quản lý văn bản", "Đã cập nhật theo báo cáo quý III", "Theo kế hoạch chuyển đổi số năm 2025", "Số liệu đối chiếu với Cổng dịch vụ công", "Chưa tính các đơn vị trực thuộc"];

function rubricIndicators() {
  const rubric = parse(readFileSync(path.join(root, "rubrics/dti-cap-so.yaml"), "utf8"), { stringKeys: true });
  const out = [];
  const walk = (items) => { for (const i of items) { if (i.items) walk(i.items); else if (i.code && i.input) out.push(i); } };
  walk(rubric.groups);
  walk(rubric.bonus?.items ?? []);
  walk(rubric.penalty?.items ?? []);
  return out;
}

function value(input, rnd) {
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  switch (input.type) {
    case "boolean": return rnd() < 0.8 ? "true" : "false";
    case "number": return String(int(input.min ?? 0, input.max ?? 900));
    case "percent": return String(int(40, 100));
    case "count": return String(int(0, Math.min(input.max ?? 20, 20)));
    case "fraction": { const b = int(1, 200); return `{a: ${int(0, b)}, b: ${b}}`; }
    case "choice": return input.options[int(0, input.options.length - 1)].id;
    case "checklist": return "[" + input.options.filter(() => rnd() < 0.6).map((o) => o.id).join(", ") + "]";
    case "level": return String(int(input.min ?? 0, input.max));
    case "date": return `"2025-0${int(1, 9)}-1${int(0, 9)}"`;
    case "text": return `"${NOTES[int(0, NOTES.length - 1)]}"`;
    case "parts": return "{" + input.fields.map((f) => `${f.id}: ${value(f.input, rnd)}`).join(", ") + "}";
  }
}

export function generate(n, dir) {
  mkdirSync(dir, { recursive: true });
  const indicators = rubricIndicators();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const rnd = random(i + 1);
    const place = PLACES[i % PLACES.length], dept = DEPTS[Math.floor(i / PLACES.length) % DEPTS.length];
    const invalid = i % 20 === 7;
    const lines = [
      "# Tệp sinh tự động cho đo hiệu năng (ví dụ)",
      'rubric: {id: dti-cap-so, version: "2025.1"}',
      "example: true",
      "agency:",
      `  id: bench-${i}`,
      `  name: "${dept} tỉnh ${place} (${i})"`,
      "  type: department",
      "  cohort: so-nganh",
      'period: "2025"',
      `respondent: {name: "Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}", position: "Chuyên viên", phone: "0912 345 ${String(i % 1000).padStart(3, "0")}"}`,
      'submitted: "2025-09-25"',
      "answers:",
    ];
    for (const [k, ind] of indicators.entries()) {
      if (ind.applies_to && !ind.applies_to.includes("department")) continue;
      let v = value(ind.input, rnd);
      if (invalid && ind.code === "6.1.2") v = '"mười hai"';
      const parts = [`value: ${v}`];
      if (ind.evidence?.required) parts.push(`evidence: [{${evidenceFields(ind, i, k)}}]`);
      if (k % 6 === 0) parts.push(`note: "${NOTES[k % NOTES.length]}"`);
      lines.push(`  "${ind.code}": {${parts.join(", ")}}`);
    }
    if (invalid) lines.push('  "6.1.10": {value: 3}');
    const text = lines.join("\n") + "\n";
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `agency-${String(i).padStart(6, "0")}.yaml`), text);
  }
  return bytes;
}

/** Only the fields the rubric requires, kept short: the evidence is half of a file's 5 KB. */
function evidenceFields(ind, i, k) {
  const fields = ind.evidence.fields ?? ["title"];
  const all = { number: `number: "${int3(i, k)}/KH"`, date: `date: "2025-03-1${k % 10}"`, title: `title: "KH số ${k}"`, link: `link: "https://so.gov.vn/${k}"` };
  return fields.map((f) => all[f]).join(", ");
}

function int3(i, k) { return ((i * 31 + k * 7) % 900) + 100; }

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 1000), dir = process.argv[3] ?? ".bench/corpus";
  const bytes = generate(n, dir);
  console.log(`${n} files in ${dir}, ${(bytes / n / 1024).toFixed(1)} KB each on average`);
}
