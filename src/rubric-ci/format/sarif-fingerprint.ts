import { createHash } from "node:crypto";
import type { LocatedDiagnostic } from "../../load/located.js";

/**
 * The result.partialFingerprints key (a versioned hierarchical string, SARIF 2.1.0 §3.27.17): the tool's own,
 * since GitHub reserves primaryLocationLineHash for the hash of the line's content it computes itself. A
 * change to what the fingerprint is made of takes /v2, so that viewers do not match old alerts by a new recipe.
 */
export const FINGERPRINT_KEY = "egovScore/v1";

/**
 * Parameters that say where something is, not what is wrong: a line above the finding moves them. `first` is the
 * line of a repeated code's or id's first use (located.ts turns first_path into it). `hint_free_code`, the code a
 * repeated one could take, moves with an item added beside it: the same repeat stays the same alert. `hint_write_lang`
 * follows from the path (…/en or …/vi) and was added after the recipe: left out, alerts raised before keep their identity.
 * So are `hint_group_code` and `hint_group` (a moved item's group, its next free code there), added to code-prefix and
 * duplicate-code after the recipe: the group is the finding's `parent`, and the free code moves as hint_free_code does.
 * So are bands-order's hint_order_* (the ids or min the fix names), added after the recipe. So is `hint_addends`, the maxima a max-mismatch or scale-mismatch adds up, added after the recipe: its sum is said already.
 * So are zero-weights' words for its `code`, its `aggregate` and what follows (parent_named_*, aggregate_name_*, left_out_*), added after the recipe too.
 */
const WHERE = new Set(["first", "first_line", "tab_from", "tab_to", "hint_space_col", "hint_free_code", "hint_write_lang", "hint_group_code", "hint_group", "hint_addends", "hint_order_level", "hint_order_previous", "hint_order_step",
  "parent_named_vi", "parent_named_en", "aggregate_name_vi", "aggregate_name_en", "left_out_vi", "left_out_en"]);

/**
 * One fingerprint per finding, in the findings' order: a hash of the rule, the file's URI, the YAML path and the
 * message's parameters (not its words, which follow --lang), with no line or column, so an alert keeps its
 * identity when lines are added above it. Findings alike in all of that are told apart by their rank among
 * their likes (":1", ":2"), as GitHub does for its own line hash.
 */
export function fingerprints(uri: string, findings: readonly LocatedDiagnostic[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((d) => {
    const params = Object.entries(d.params).filter(([key]) => !WHERE.has(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const hash = createHash("sha256").update(JSON.stringify([d.code, uri, d.path ?? null, params])).digest("hex").slice(0, 32);
    const rank = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, rank);
    return `${hash}:${rank}`;
  });
}
