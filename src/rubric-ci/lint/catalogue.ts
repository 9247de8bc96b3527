/** Every rule `rubric lint` can report: its stable code, default severity and where it comes from. */
export type Severity = "error" | "warning";
type Category = "file" | "yaml" | "schema" | "semantic" | "lint";
interface RuleInfo { code: string; severity: Severity; category: Category }

const error = (category: Category) => (code: string): RuleInfo => ({ code, severity: "error", category });

export const RULES: readonly RuleInfo[] = [
  ...["file-not-found", "file-unreadable", "link-outside-folder", "file-too-large", "binary-file", "not-utf8", "utf16-no-bom", "more-findings"].map(error("file")),
  ...["yaml-1.1", "yaml-directive", "tag-mismatch", "too-deep", "too-many-tokens", "yaml-syntax", "tab-indent", "duplicate-key", "multiple-documents", "unknown-tag", "alias-cycle", "lone-surrogate", "alias-limit", "alias-expansion", "empty-file", "root-not-mapping", "bare-question-mark"].map(error("yaml")),
  ...["not-rubric-file"].map(error("file")),
  ...["missing-field", "unknown-field", "merge-key", "no-such-date", "wrong-type", "empty-value", "out-of-range", "not-allowed-value", "bad-format", "too-short", "too-long", "duplicate-item", "invalid-value", "percent-sign", "percent-as-fraction", "number-with-unit", "decimal-comma", "boolean-word", "boolean-quoted", "number-quoted", "number-quoted-ambiguous", "number-quoted-thousands"].map(error("schema")),
  ...["duplicate-code", "code-prefix", "code-order", "max-mismatch", "max-mismatch-type", "scale-mismatch", "info-only-points", "rule-missing", "rule-input-mismatch", "unknown-field-ref", "term-max-missing", "points-exceed-max", "bands-order", "piecewise-order", "unknown-agency-type-ref", "unknown-code-ref", "relative-nested", "duplicate-id", "cohort-id-type", "bad-range", "aggregate-overlap", "floor-above-max", "max-decimals", "too-many-indicators"].map(error("semantic")),
  ...["translation-missing", "agency-type-nothing-applies", "unreachable-item", "zero-weights", "na-full-bonus", "na-full-penalty", "setting-in-quotes"].map(error("lint")),
  ...["translation-identical", "text-control-character", "text-invisible-character", "text-in-quotes", "cohort-matches-nothing", "agency-type-without-cohort", "band-type-shadowed", "option-unscored", "option-points-ignored", "field-unscored", "band-gap", "band-unreachable", "weight-ignored", "item-exceeds-group", "adjustment-item-exceeds-cap", "cap-above-max", "max-unreachable", "deadline-never-late", "bands-first-always", "level-labels-mismatch", "step-unscored", "points-and-fraction", "parts-exceed-max", "code-same-number", "code-mixed-padding", "official-without-legal-basis", "band-rank-swapped", "stale-year", "stale-date", "code-reference-stale", "code-reference-unknown", "na-guidance-forbidden", "na-guidance-stale", "na-rescale-bonus", "na-rescale-penalty", "version-not-bumped", "lint-accept-unused"]
    .map((code): RuleInfo => ({ code, severity: "warning", category: "lint" })),
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: string): RuleInfo {
  return BY_CODE.get(code) ?? { code, severity: "error", category: "semantic" };
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return severity === "error" || threshold === "warning";
}
