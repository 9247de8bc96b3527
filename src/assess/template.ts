import type { Item, Lang, Rubric } from "../core/rubric.js";
import { appliesTo } from "../core/codes.js";
import { message } from "../i18n/messages.js";
import { answerFormat, evidenceRule, naAllowed } from "./describe.js";

const TEXT: Record<string, { vi: string; en: string }> = {
  head: { vi: "Phiếu tự chấm điểm", en: "Self-assessment file" },
  fill: { vi: "Điền \"value\" cho từng chỉ số; để trống (hoặc \"?\") nếu chưa trả lời. Mã chỉ số luôn trong dấu nháy.", en: "Fill in \"value\" for each indicator; leave it empty (or \"?\") while unanswered. Keep indicator codes in quotes." },
  na: { vi: "Không áp dụng (nếu được phép): thay value bằng na: true và reason: \"lý do\".", en: "Not applicable (where allowed): replace value with na: true and reason: \"why\"." },
  evidence: { vi: "Minh chứng: evidence: [{number: \"15/KH-UBND\", date: \"2025-03-31\", title: \"…\", link: \"https://…\"}]", en: "Evidence: evidence: [{number: \"15/KH-UBND\", date: \"2025-03-31\", title: \"…\", link: \"https://…\"}]" },
  check: { vi: "Kiểm tra: egov-score validate {file} · Chấm điểm: egov-score score {file} · Điền tương tác: egov-score assess {file}", en: "Check: egov-score validate {file} · Score: egov-score score {file} · Fill interactively: egov-score assess {file}" },
  agencyId: { vi: "mã cơ quan, ví dụ qb-skhcn", en: "agency code, e.g. qb-skhcn" },
  agencyName: { vi: "tên cơ quan", en: "agency name" },
  oneOf: { vi: "một trong", en: "one of" },
  optional: { vi: "không bắt buộc", en: "optional" },
  respondent: { vi: "họ và tên người trả lời", en: "respondent's full name" },
  submitted: { vi: "ngày gửi, YYYY-MM-DD", en: "date sent, YYYY-MM-DD" },
  points: { vi: "điểm", en: "points" },
  info: { vi: "chỉ thu thập thông tin, không tính điểm", en: "information only, not scored" },
};

/** The name of the agency JSON Schema file written next to an `init` file. */
export function schemaFileName(rubric: Rubric): string {
  return `${rubric.id}-${rubric.version}.agency.schema.json`;
}

/** A blank agency file: header fields, then every applicable indicator with its question as comments. */
export function agencyTemplate(rubric: Rubric, lang: Lang, options: { agencyType?: string; file: string }): string {
  const t = (key: string, params: Record<string, string> = {}) => TEXT[key]![lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ");
  const q = JSON.stringify;
  const lines = [
    `# yaml-language-server: $schema=./${schemaFileName(rubric)}`,
    `# ${t("head")}: ${oneLine(rubric.title[lang])} (${rubric.id} ${rubric.version})`,
    `# ${t("fill")}`,
    `# ${t("na")}`,
    `# ${t("evidence")}`,
    `# ${t("check", { file: options.file })}`,
    `rubric: {id: ${rubric.id}, version: ${q(rubric.version)}}`,
    "agency:",
    `  id:            # ${t("agencyId")}`,
    `  name:          # ${t("agencyName")}`,
    options.agencyType
      ? `  type: ${options.agencyType}`
      : `  type:          # ${t("oneOf")}: ${rubric.agency_types.map((a) => `${a.id} (${oneLine(a.label[lang])})`).join(", ")}`,
    ...(rubric.cohorts?.length ? [`  cohort:        # ${t("optional")}; ${t("oneOf")}: ${rubric.cohorts.map((c) => c.id).join(", ")}`] : []),
    `period: ${q(rubric.period)}`,
    "respondent:",
    `  name:          # ${t("respondent")}`,
    `  position:      # ${t("optional")}`,
    `  phone:         # ${t("optional")}`,
    `  email:         # ${t("optional")}`,
    `submitted:       # ${t("submitted")}`,
    "answers:",
  ];
  const walk = (items: Item[], depth: number) => {
    for (const item of items) {
      if (item.kind === "heading") { lines.push(`  # ${"  ".repeat(depth)}— ${oneLine(item.heading[lang])}`); continue; }
      if (options.agencyType && !appliesTo(item, options.agencyType)) continue;
      if (item.kind === "group") {
        lines.push("", `  # ${"═".repeat(Math.max(1, 3 - depth))} ${item.code}. ${oneLine(item.title[lang])} (${item.max} ${t("points")})`);
        walk(item.items, depth + 1);
        continue;
      }
      lines.push(`  # ${item.code}. ${oneLine(item.title[lang])} (${item.info_only ? t("info") : message(lang, "assess-max", { max: item.max })})`);
      if (item.guidance) lines.push(`  #   ${message(lang, "assess-guidance")}: ${oneLine(item.guidance[lang])}`);
      lines.push(`  #   ${message(lang, "assess-format")}: ${oneLine(answerFormat(item.input, lang))}`);
      const evidence = evidenceRule(item, lang);
      if (evidence) lines.push(`  #   ${evidence}`);
      if (naAllowed(rubric, item)) lines.push(`  #   ${message(lang, "format-na")}`);
      if (!options.agencyType && item.applies_to) lines.push(`  #   ${t("oneOf")}: ${item.applies_to.join(", ")}`);
      lines.push(`  ${q(item.code)}:`, "    value:");
    }
  };
  walk(rubric.groups, 0);
  for (const key of ["bonus", "penalty"] as const) {
    const adj = rubric[key];
    if (!adj) continue;
    lines.push("", `  # ═══ ${message(lang, key)} (${message(lang, "col-max")} ${adj.cap} ${t("points")})`);
    walk(adj.items, 1);
  }
  return lines.join("\n") + "\n";
}
