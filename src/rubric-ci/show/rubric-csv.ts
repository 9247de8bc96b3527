import { indicatorApplies, naPolicy } from "../../core/codes.js";
import type { Group, Indicator, Item, Lang, Rubric } from "../../core/rubric.js";
import { message } from "../../i18n/messages.js";
import { type Cell, csvRows } from "../../report/csv.js";
import { describeRule } from "./describe-rule.js";
import { zeroDenominatorText } from "./zero-denominator.js";
import { naPolicyKey } from "../../explain/words.js";

/**
 * The rubric as a spreadsheet, written as score's csv is (byte-order mark, CRLF, cells that cannot start a
 * formula): one row per indicator, bonus and penalty items last, each with its group and subgroup (code and title
 * in columns of their own, so that a filter on the group keeps its indicators), its rule in the table's words and
 * in full, what b = 0 scores (a ratio a/b), its N/A policy and the agency types it applies to (separated by " | " as score's csv separates evidence
 * items: a type's label may hold commas). Codes are text: "1.10" stays 1.10, not 1.1.
 */
export function rubricCsv(rubric: Rubric, lang: Lang, sep: string): string {
  return [...csvRows(rows(rubric, lang), sep)].join("");
}

function* rows(rubric: Rubric, lang: Lang): Generator<Cell[]> {
  const m = (key: string) => message(lang, key);
  yield [
    m("show-col-group-code"), m("col-group"), m("show-col-subgroup-code"), m("show-col-subgroup"),
    m("col-code"), m("rpt-col-indicator"), m("col-max"), m("col-input"), m("col-rule"), m("show-scoring"), "b = 0", m("show-na"), m("show-applies-to"),
  ];
  const row = (ind: Indicator, group: Cell[], adjustment?: "bonus" | "penalty"): Cell[] => [
    ...group,
    ind.code, ind.title[lang], ind.info_only ? null : ind.max,
    m(`input-kind-${ind.input.type}`), m(`rule-kind-${ind.rule?.type ?? "info"}`),
    ind.info_only || !ind.rule ? m("show-info-only") : describeRule(ind.rule, ind.input, ind.max, rubric.rounding.decimals, lang),
    // What a ratio a/b (or each such part) scores when b is 0, as the md says it under the rule.
    (ind.info_only ? undefined : zeroDenominatorText(ind.input, lang, adjustment)) ?? "",
    ind.info_only ? "" : m(naPolicyKey(naPolicy(rubric, ind), adjustment)),
    rubric.agency_types.filter((t) => indicatorApplies(rubric, ind, t.id)).map((t) => t.label[lang]).join(" | "),
  ];
  // `top`: the group at the rubric's first level; `sub`: the group an indicator deeper down is in.
  function* walk(items: Item[], top: Group, sub?: Group): Generator<Cell[]> {
    for (const item of items) {
      if (item.kind === "group") yield* walk(item.items, top, item);
      else if (item.kind === "indicator") yield row(item, [top.code, top.title[lang], sub?.code ?? "", sub?.title[lang] ?? ""]);
    }
  }
  for (const g of rubric.groups) yield* walk(g.items, g);
  for (const key of ["bonus", "penalty"] as const) {
    for (const ind of rubric[key]?.items ?? []) yield row(ind, ["", m(key), "", ""], key);
  }
}
