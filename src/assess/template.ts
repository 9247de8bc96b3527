import type { Group, Heading, Indicator, Item, Lang, Rubric, Text } from "../core/rubric.js";
import { appliesTo, naAllowed } from "../core/codes.js";
import { message } from "../i18n/messages.js";
import { answerFormat, evidenceRule, worthAfterTitle } from "./describe.js";
import { stripControls } from "../report/common.js";
import { handHeadingKey } from "./answer-placement.js";
import { rubricLineFor } from "../load/rubric-line.js";


/**
 * The name of the agency JSON Schema file written next to an `init` file. The rubric's id and version
 * are data: anything but letters, digits, dot, dash and underscore (a slash, `..`) is replaced, so the
 * name stays a name in the output folder.
 */
export function schemaFileName(rubric: Pick<Rubric, "id" | "version">): string {
  return `${rubric.id}-${rubric.version}`.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/\.{2,}/g, "_").replace(/^[.-]/, "_") + ".agency.schema.json";
}

/**
 * A blank agency file: header fields, then every applicable indicator with its question as comments.
 * `file`: the file as the commands it suggests name it (with the --rubric they need). `schemaFrom`: the file
 * is printed, not written, so the schema its first line names is not written beside it either; how to make
 * it is said, with this --rubric.
 */
export function agencyTemplate(rubric: Rubric, lang: Lang, options: { agencyType?: string; file: string; schemaFrom?: string }): string {
  const t = (key: string, params: Record<string, string> = {}) => message(lang, `init-${key}`, params);
  const q = JSON.stringify;
  // With -t, only the cohorts that type may be ranked in (another is refused as cohort-type-mismatch).
  const cohorts = (rubric.cohorts ?? []).filter((c) => !options.agencyType || !c.agency_types || c.agency_types.includes(options.agencyType));
  const named = (o: { id: string; label: Text }) => namedText(o, lang);
  const limits = (types: string[] | undefined): types is string[] => limitsTypes(rubric, types);
  const lines = [
    `# yaml-language-server: $schema=./${schemaFileName(rubric)}`,
    ...(options.schemaFrom ? [`# ${schemaHintLine(rubric, lang, options.schemaFrom)}`] : []),
    `# ${initHeadLine(rubric, lang)}`,
    `# ${t("fill")}`,
    `# ${t("na")}`,
    `# ${t("evidence")}`,
    `# ${t("check", { args: options.file })}`,
    rubricLineFor(rubric.id, rubric.version),
    "agency:",
    `  id:            # ${t("agencyId")}`,
    `  name:          # ${t("agencyName")}`,
    options.agencyType
      ? `  type: ${options.agencyType}`
      : `  type:          # ${t("oneOf")}: ${rubric.agency_types.map(named).join(", ")}`,
    ...(cohorts.length ? [`  cohort:        # ${t("optional")}; ${t("oneOf")}: ${cohorts.map(named).join(", ")}`] : []),
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
      if (item.kind === "heading") { lines.push(`  # ${"  ".repeat(depth)}${subHeading(item, lang)}`); continue; }
      if (options.agencyType && !appliesTo(item, options.agencyType)) continue;
      if (item.kind === "group") {
        lines.push("", `  # ${groupHeading(item, depth, lang)}`);
        if (!options.agencyType && limits(item.applies_to)) lines.push(`  #   ${onlyFor(rubric, item.applies_to, lang)}`);
        walk(item.items, depth + 1);
        continue;
      }
      lines.push(...indicatorBlock(rubric, item, lang, options.agencyType).map((l) => `  # ${l}`));
      lines.push(`  ${q(item.code)}:`, "    value:");
    }
  };
  walk(rubric.groups, 0);
  for (const key of ["bonus", "penalty"] as const) {
    const adj = rubric[key];
    if (!adj) continue;
    lines.push("", `  # ${adjustmentHeading(key, adj.cap, lang)}`);
    walk(adj.items, 1);
  }
  return lines.join("\n") + "\n";
}

/** init's line naming the file's rubric, without the "# ": "Phiếu tự đánh giá: Bộ chỉ số … (dti-cap-so 2025.1)". */
export function initHeadLine(rubric: Rubric, lang: Lang): string {
  return `${message(lang, "init-head")}: ${oneLine(rubric.title[lang])} (${oneLine(rubric.id)} ${oneLine(rubric.version)})`;
}

/** init's line under the schema's, for a file printed (not written): how to make the schema, with `rubricWord` as --rubric. */
export function schemaHintLine(rubric: Rubric, lang: Lang, rubricWord: string): string {
  return message(lang, "init-schema", { rubric: oneLine(rubricWord), schema: schemaFileName(rubric) });
}

/** init's heading for a group `depth` groups deep, without the "# ": "═══ 1. Nhận thức số (50 điểm)", "══ 1.1. …". */
export function groupHeading(group: Group, depth: number, lang: Lang): string {
  return `${"═".repeat(Math.max(1, 3 - depth))} ${group.code}. ${oneLine(group.title[lang])} (${group.max} ${message(lang, "init-points")})`;
}

/** init's line for a heading among a group's indicators, without the "# " and its indent: "— Lãnh đạo, chỉ đạo". */
export function subHeading(item: Heading, lang: Lang): string {
  return `— ${oneLine(item.heading[lang])}`;
}

/** init's heading for the bonus or the penalty, without the "# ": "═══ Điểm thưởng (tối đa 10 điểm)". */
export function adjustmentHeading(key: "bonus" | "penalty", cap: number, lang: Lang): string {
  return `═══ ${message(lang, key)} (${message(lang, "assess-max", { max: cap })})`;
}

/**
 * What init writes, in its order, as AgencyDoc.inRubricOrder takes it: a group's code where its heading is, an
 * indicator's code where its answer is, a "— title" heading and the bonus's and penalty's "═ title" in both
 * languages (the file may be in either), and after a group's code its heading as an officer writes it by hand
 * ("# 2. Thể chế số", handHeadingKey), in both languages too. Every item, whatever the agency's type: a file written without -t has them all.
 */
export function initOrder(rubric: Rubric): string[] {
  const out: string[] = [];
  const both = (text: (lang: Lang) => string) => (["vi", "en"] as const).map((lang) => oneLine(text(lang)).trim());
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (item.kind === "heading") out.push(...both((lang) => `— ${item.heading[lang]}`));
      else out.push(item.code);
      if (item.kind === "group") {
        out.push(...both((lang) => handHeadingKey(item.code, item.title[lang])));
        walk(item.items);
      }
    }
  };
  walk(rubric.groups);
  for (const key of ["bonus", "penalty"] as const) {
    const adj = rubric[key];
    if (!adj) continue;
    out.push(...both((lang) => `═ ${message(lang, key)}`));
    walk(adj.items);
  }
  return out;
}

/**
 * init's comment block for an indicator, its lines without the "# " that begins them: "1.6. title (max …)", then
 * indented its guidance, answer format, evidence, N/A and who it is for (not said once the agency's type is
 * known: it applies). assess writes it again over the block of an answer it moves to this code.
 */
export function indicatorBlock(rubric: Rubric, item: Indicator, lang: Lang, agencyType?: string): string[] {
  const lines = [`${item.code}. ${oneLine(item.title[lang])}${worthAfterTitle(item, lang)}`];
  if (item.guidance) lines.push(`  ${message(lang, "assess-guidance")}: ${oneLine(item.guidance[lang])}`);
  lines.push(`  ${message(lang, "assess-format")}: ${oneLine(answerFormat(item.input, lang, "file"))}`);
  const evidence = evidenceRule(item, lang);
  if (evidence) lines.push(`  ${evidence}`);
  if (naAllowed(rubric, item)) lines.push(`  ${message(lang, "format-na")}`);
  if (!agencyType && limitsTypes(rubric, item.applies_to)) lines.push(`  ${onlyFor(rubric, item.applies_to, lang)}`);
  return lines;
}

/**
 * Rubric text in a comment stays on its line: a lone CR ends a YAML line too (the file would gain the keys that
 * follow it), and control and bidi characters would act on a terminal showing the file.
 */
function oneLine(s: string): string {
  return stripControls(s).replace(/\s*[\r\n]\s*/g, " ");
}

function namedText(o: { id: string; label: Text }, lang: Lang): string {
  return `${o.id} (${oneLine(o.label[lang])})`;
}

/** Who an item is for, with the types' names: said apart from "one of", which lists answers. */
export function onlyFor(rubric: Rubric, types: string[], lang: Lang): string {
  const typeName = (id: string) => { const type = rubric.agency_types.find((a) => a.id === id); return type ? namedText(type, lang) : id; };
  return `${message(lang, "init-appliesOnly")}: ${types.map(typeName).join(", ")}`;
}

/** A list naming every type of the rubric limits nothing: not said. */
export function limitsTypes(rubric: Rubric, types: string[] | undefined): types is string[] {
  return types !== undefined && !rubric.agency_types.every((a) => types.includes(a.id));
}
