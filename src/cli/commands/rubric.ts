import type { ChalkInstance } from "chalk";
import Table from "cli-table3";
import { allIndicators } from "../../core/codes.js";
import { COMPACT } from "../../report/table-style.js";
import type { Item, Lang, Rubric } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { loadRubric } from "../../load/load-rubric.js";
import { bundledRubricFiles } from "../../load/registry.js";
import { dateText, formatMax } from "../../report/format-number.js";
import { safeStrings } from "../../report/terminal-safe.js";
import { fitToWidth, widest } from "../../report/fit-width.js";
import { truncate } from "../../core/truncate.js";
import { jsonText } from "../../report/json-bidi.js";
import { isTableLine, wrapForTerminal } from "../../report/wrap.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { csvSepOption } from "../csv-sep-option.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { formatOf } from "../format-of-file.js";
import { appliesMarks } from "../../rubric-ci/show/applies-marks.js";
import { typeList } from "../../core/type-list.js";
import { sayMessage, sayUndeclaredLanguage, showDiagnostic } from "../say.js";

interface ListOptions { format?: string; output?: string; force?: boolean }

export async function list(ctx: Context, opts: ListOptions = {}): Promise<number> {
  const { checkFormat, emit, outputFile } = await import("../text-output.js");
  const format = checkFormat(formatOf(opts, { txt: "table", text: "table", json: "json" }, "table"), ["table", "json"] as const);
  const lang = ctx.lang;
  let code: number = EXIT.ok;
  const rows: string[][] = [];
  const entries: Record<string, unknown>[] = [];
  const files = bundledRubricFiles();
  for (const file of files) {
    const outcome = loadRubric(file);
    if (!outcome.ok) { reportUnusableRubric(ctx, file, outcome.diagnostics); code = EXIT.usage; continue; }
    const r = safeStrings(outcome.loaded.rubric, true);
    // The types are what -t takes in init and assess: a district officer sees here which rubric has theirs.
    rows.push([r.id, r.version, r.title[lang], String(r.scale), r.agency_types.map((t) => t.id).join(", "), message(lang, `show-fidelity-${r.provenance.fidelity}`)]);
    const { rubric } = outcome.loaded;
    entries.push({ id: rubric.id, version: rubric.version, title: rubric.title, scale: rubric.scale, fidelity: rubric.provenance.fidelity, sha256: outcome.loaded.sha256, agency_types: rubric.agency_types.map((t) => t.id) });
  }
  // For tools: the ids to pass as --rubric, with what each rubric is (its texts in both languages, as written).
  if (format === "json") { await emit(ctx, jsonText({ rubrics: entries }), opts, "stdout", format, files); return code; }
  const table = new Table({ head: [message(lang, "col-id"), message(lang, "col-version"), message(lang, "rubric"), message(lang, "col-scale"), message(lang, "col-agency-types"), message(lang, "fidelity")], ...COMPACT });
  table.push(...rows);
  const width = outputFile(opts) === undefined ? ctx.io.stdoutColumns : undefined;
  let text = table.toString();
  // Narrower than the table with its titles whole: one rubric to a paragraph, title and fidelity whole under its
  // id. Cut to fit, the titles said nothing ("Bộ chỉ số đánh …" twice at 80 columns, the terminal wrapping every
  // row below 71); a rubric's title differs from another's at its end.
  if (width !== undefined && widest(text) > width) {
    const head = [`${message(lang, "col-id")} · ${message(lang, "col-version")} · ${message(lang, "col-scale")}`, `    ${message(lang, "rubric")}`, `    ${message(lang, "col-agency-types")}`, `    ${message(lang, "fidelity")}`];
    text = wrapForTerminal([...head, ...rows.flatMap(([id, version, title, scale, types, fidelity]) => [`${id} · ${version} · ${scale}`, `    ${title}`, `    ${types}`, `    ${fidelity}`])].join("\n"), width);
  }
  await emit(ctx, text + "\n", opts, "stdout", format, files);
  return code;
}

interface ShowOptions { format?: string; output?: string; force?: boolean; csvSep?: string }

/** Check a rubric and print it: a tree of codes, titles, points, inputs and rules, (--format md) a readable document, or (--format csv) a spreadsheet. */
export async function show(ctx: Context, spec: string, opts: ShowOptions = {}): Promise<number> {
  const { checkFormat, colorFor, emit, outputFile } = await import("../text-output.js");
  const format = checkFormat(formatOf(opts, { txt: "table", text: "table", md: "md", markdown: "md", csv: "csv" }, "table"), ["table", "md", "csv"] as const);
  const csvSep = await csvSepOption(opts.csvSep);
  const outcome = rubricOption(spec)!;
  if (!outcome.ok) { reportUnusableRubric(ctx, outcome.file, outcome.diagnostics); return EXIT.usage; }
  const lang = ctx.lang;
  sayUndeclaredLanguage(ctx, [outcome.loaded.rubric]);
  // The rubric is data: its texts reach the terminal without control characters.
  const rubric = format === "md" ? outcome.loaded.rubric : safeStrings(outcome.loaded.rubric, true);
  if (format === "md") {
    const { rubricMarkdown } = await import("../../rubric-ci/show/rubric-md.js");
    await emit(ctx, rubricMarkdown(rubric, lang), opts, "stdout", "md", [outcome.loaded.file]);
    for (const d of outcome.loaded.warnings) showDiagnostic(ctx, d);
    return EXIT.ok;
  }
  if (format === "csv") {
    const { rubricCsv } = await import("../../rubric-ci/show/rubric-csv.js");
    await emit(ctx, rubricCsv(rubric, lang, csvSep), opts, "stdout", "csv", [outcome.loaded.file]);
    for (const d of outcome.loaded.warnings) showDiagnostic(ctx, d);
    // As score says it (less its xlsx, which show does not write): Excel set for Vietnamese splits rows at ';', and opens a comma csv as one column.
    if (csvSep === "," && lang === "vi" && !ctx.quiet) sayMessage(ctx, "show-csv-excel-vi");
    return EXIT.ok;
  }
  const pts = (n: number) => formatMax(n, rubric.rounding.decimals, lang);
  const marks = appliesMarks(rubric, lang);
  // With -o the table goes to the file, plain and whole, like every other output.
  const color = colorFor(ctx, opts, "stdout");
  let longest = 0;
  // `cut`: on a terminal, titles are cut to fit it (dti-cap-xa's 4.22.1 has a 300-letter title).
  const render = (cut: number) => {
    const table = new Table({ head: [message(lang, "col-code"), message(lang, "show-col-title"), message(lang, "col-max"), message(lang, "col-input"), message(lang, "col-rule")], colAligns: ["left", "left", "right", "left", "left"], ...COMPACT });
    // Titles cut alike ("Triển khai thực hiện nhiệm vụ được giao …" for 4.22.1 to 4.22.4) show from the word where they differ.
    const cutAlike = new Map<string, string[]>();
    const title = (indent: string, text: string) => {
      longest = Math.max(longest, [...indent].length + [...text].length);
      const room = Math.max(8, cut - [...indent].length);
      const shown = truncate(text, room);
      if (shown === text) return indent + text;
      const earlier = cutAlike.get(shown) ?? [];
      cutAlike.set(shown, [...earlier, text]);
      const differsAt = Math.max(0, ...earlier.map((other) => commonPrefixLength(other, text)));
      const from = text.lastIndexOf(" ", differsAt) + 1;
      return indent + (earlier.length === 0 || from === 0 ? shown : truncate(`…${text.slice(from)}`, room));
    };
    const walk = (items: Item[], depth: number) => {
      for (const item of items) {
        const indent = "  ".repeat(depth);
        if (item.kind === "heading") { table.push([item.code ?? "", color.italic(title(indent, item.heading[lang])), "", "", ""]); continue; }
        if (item.kind === "group") {
          table.push([item.code + marks.markOf(item), color.bold(title(indent, item.title[lang])), color.bold(pts(item.max)), "", item.aggregate && item.aggregate !== "sum" ? truncate(message(lang, `aggregate-kind-${item.aggregate}`), Math.max(12, cut)) : ""]);
          walk(item.items, depth + 1);
        } else {
          // The kind words give way too, after the titles (not below 12 letters).
          const kind = (text: string) => truncate(text, Math.max(12, cut));
          table.push([item.code + marks.markOf(item), title(indent, item.title[lang]), item.info_only ? "–" : pts(item.max), kind(message(lang, `input-kind-${item.input.type}`)), kind(message(lang, `rule-kind-${item.rule?.type ?? "info"}`))]);
        }
      }
    };
    walk(rubric.groups, 0);
    for (const key of ["bonus", "penalty"] as const) {
      const adj = rubric[key];
      if (!adj) continue;
      table.push(["", color.bold(message(lang, key)), color.bold(pts(adj.cap)), "", ""]);
      walk(adj.items, 1);
    }
    return table.toString();
  };
  const width = outputFile(opts) === undefined ? ctx.io.stdoutColumns : undefined;
  const full = render(Infinity); // which also measures the longest title
  let text = width === undefined ? full : fitToWidth(render, width, longest, 16, full);
  // Narrower still (a split pane, a small SSH window): a list, titles whole, rather than a table the terminal wraps into a mess.
  if (width !== undefined && widest(text) > width) text = rubricList(rubric, lang, color, marks.markOf);
  // The lines around the table wrapped at spaces on a terminal (the issuer and legal basis run to 150 letters).
  await emit(ctx, wrapForTerminal([
    color.bold(rubric.title[lang]),
    `${rubric.issuer[lang]} · ${message(lang, "show-legal-basis")}: ${rubric.legal_basis.map((b) => `${b.number} (${dateText(b.date, lang)})`).join(", ") || message(lang, `show-legal-basis-none-${rubric.provenance.fidelity}`)} · ${message(lang, "fidelity")}: ${message(lang, `show-fidelity-${rubric.provenance.fidelity}`)}`,
    text,
    ...marks.legend(message(lang, "show-applies-to")),
    ...bandLines(rubric, lang),
  ].join("\n"), width, isTableLine) + "\n", opts, "stdout", "table", [outcome.loaded.file]);
  for (const d of outcome.loaded.warnings) showDiagnostic(ctx, d);
  if (!ctx.quiet) sayMessage(ctx, "rubric-ok", { id: rubric.id, version: rubric.version, indicators: allIndicators(rubric).length, scale: rubric.scale });
  return EXIT.ok;
}

/** How many UTF-16 units two texts share at their start. */
function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The rubric as a list, for a terminal too narrow for its table: each heading, group and indicator on a line
 * of its own ("1.1 Title", indented by depth, wrapped at spaces with the lines around it), then its figures
 * under it ("20 · count · bands"); headed by what the figures are, in the table's words.
 */
function rubricList(rubric: Rubric, lang: Lang, color: ChalkInstance, markOf: (item: Item) => string): string {
  const pts = (n: number) => formatMax(n, rubric.rounding.decimals, lang);
  const out = [color.dim(`${message(lang, "col-code")} ${message(lang, "show-col-title")}`), color.dim(`    ${[message(lang, "col-max"), message(lang, "col-input"), message(lang, "col-rule")].join(" · ")}`)];
  const item = (indent: string, title: string, figures: string[]) => out.push(`${indent}${title}`, `${indent}    ${figures.join(" · ")}`);
  const walk = (items: Item[], depth: number) => {
    for (const it of items) {
      const indent = "  ".repeat(depth);
      if (it.kind === "heading") out.push(indent + color.italic(`${it.code ? `${it.code} ` : ""}${it.heading[lang]}`));
      else if (it.kind === "group") {
        item(indent, color.bold(`${it.code}${markOf(it)} ${it.title[lang]}`), [color.bold(pts(it.max)), ...(it.aggregate && it.aggregate !== "sum" ? [message(lang, `aggregate-kind-${it.aggregate}`)] : [])]);
        walk(it.items, depth + 1);
      } else item(indent, `${it.code}${markOf(it)} ${it.title[lang]}`, [it.info_only ? "–" : pts(it.max), message(lang, `input-kind-${it.input.type}`), message(lang, `rule-kind-${it.rule?.type ?? "info"}`)]);
    }
  };
  walk(rubric.groups, 0);
  for (const key of ["bonus", "penalty"] as const) {
    const adj = rubric[key];
    if (!adj) continue;
    item("", color.bold(message(lang, key)), [color.bold(pts(adj.cap))]);
    walk(adj.items, 1);
  }
  return out.join("\n");
}

/** The rating bands, then each set of separate bands with the agency types it is for. */
function bandLines(rubric: Rubric, lang: Lang): string[] {
  // A minimum as the rest of the output writes numbers (62,5 % in Vietnamese), in points or a percentage.
  const from = (min: number, basis: string) => { const n = formatMax(min, rubric.rounding.decimals, lang); return basis === "percent" ? `${n} %` : message(lang, "show-points", { max: n }); };
  const levels = (set: Pick<Rubric["bands"], "levels" | "basis">) => set.levels.map((l) => `${l.label[lang]} ≥ ${from(l.min, set.basis)}`).join(" · ");
  const typeLabel = (id: string) => rubric.agency_types.find((a) => a.id === id)?.label[lang] ?? id;
  return [
    `${message(lang, "band")}: ${levels(rubric.bands)}`,
    ...(rubric.bands.by_agency_type ?? []).map((set) => `${message(lang, "show-bands-for")} ${typeList(set.agency_types.map(typeLabel), lang)}: ${levels(set)}`),
  ];
}

/** `rubric lint`, `rubric test` and `rubric impact` live in src/rubric-ci; loaded only when called. */
export async function lint(...args: Parameters<typeof import("../../rubric-ci/commands/lint.js").lint>): Promise<number> {
  return (await import("../../rubric-ci/commands/lint.js")).lint(...args);
}

export async function test(...args: Parameters<typeof import("../../rubric-ci/commands/test.js").test>): Promise<number> {
  return (await import("../../rubric-ci/commands/test.js")).test(...args);
}

export async function impact(...args: Parameters<typeof import("../../rubric-ci/commands/impact.js").impact>): Promise<number> {
  return (await import("../../rubric-ci/commands/impact.js")).impact(...args);
}
