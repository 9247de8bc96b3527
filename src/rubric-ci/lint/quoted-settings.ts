import { hasTypographicQuotes, unquoted } from "../../core/check-agency.js";
import type { Issue } from "../../core/issue.js";
import type { Rubric } from "../../core/rubric.js";

/**
 * setting-in-quotes: a `version` or `period` typed in Word, its straight quotes turned curly (`version: “2026.1”`).
 * YAML keeps such quotes as part of the value, and agency files write `"2026.1"`: every one of them would be refused
 * as answering another version (or warned of another year), with nothing in the rubric's own checks to say why.
 */
export function checkQuotedSettings(rubric: Rubric): Issue[] {
  return (["version", "period"] as const)
    .filter((key) => hasTypographicQuotes(rubric[key]))
    .map((key) => ({ code: "setting-in-quotes", severity: "error", path: [key], params: { key, found: rubric[key], written: JSON.stringify(unquoted(rubric[key])) } }));
}
