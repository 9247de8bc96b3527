import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { finalScore } from "./common.js";
import type { RankedAgency } from "./report.js";

/**
 * At most this many incomplete agencies are named under a ranking: the csv and xlsx count every agency's
 * unanswered questions and missing evidence in their own columns.
 */
export const INCOMPLETE_NAMED = 10;

/** `self`: of a verified score, the self-assessment's figures, which the collector's values may have filled. */
interface IncompleteAgency { name: string; id: string; unanswered: number; missingEvidence: number; self?: { unanswered: number; missingEvidence: number } }

/**
 * The agencies of a ranking whose files are not complete (questions unanswered, penalty items too, or evidence
 * missing), read in ranking order: a collector must find them fast, and a large batch's table, like the md and the
 * html's rankings, shows no agency's completeness beside its rank.
 */
export class IncompleteGatherer {
  readonly named: IncompleteAgency[] = [];
  count = 0;

  add(a: RankedAgency): void {
    const s = finalScore(a);
    const { unanswered, missing_evidence: missingEvidence } = s.completeness;
    if (unanswered === 0 && missingEvidence === 0) return;
    if (++this.count > INCOMPLETE_NAMED) return;
    const self = a.verified ? { unanswered: a.score.completeness.unanswered, missingEvidence: a.score.completeness.missing_evidence } : undefined;
    this.named.push({ name: s.agency.name, id: s.agency.id, unanswered, missingEvidence, ...(self ? { self } : {}) });
  }
}

/** The incomplete agencies of agencies listed in ranking order. */
export function incompleteOf(agencies: Iterable<RankedAgency>): IncompleteGatherer {
  const gathered = new IncompleteGatherer();
  for (const a of agencies) gathered.add(a);
  return gathered;
}

/**
 * The note under a ranking naming its incomplete agencies ("Sở Nội vụ (qb-snv): 19 chỉ số chưa trả lời"), or
 * nothing when every file is complete. `words` writes the report's own words, `name` an agency's name, as the
 * format writes them (escaped; in an English html, a Vietnamese name marked so).
 */
export function incompleteNote(gathered: IncompleteGatherer, lang: Lang, words: (text: string) => string = (t) => t, name: (text: string) => string = words): string | undefined {
  if (gathered.count === 0) return undefined;
  const items = gathered.named.map((x) => {
    // Of a verified score, the self-assessment's figure where it differs, as the completeness line says it.
    const selfFigure = (count: number, own: number | undefined) => (own === undefined || own === count ? "" : ` ${message(lang, "completeness-self", { count: own })}`);
    const what = [
      ...(x.unanswered > 0 ? [message(lang, "rpt-incomplete-unanswered", { count: x.unanswered }) + selfFigure(x.unanswered, x.self?.unanswered)] : []),
      ...(x.missingEvidence > 0 ? [message(lang, "rpt-incomplete-evidence", { count: x.missingEvidence }) + selfFigure(x.missingEvidence, x.self?.missingEvidence)] : []),
    ].join(", ");
    return `${name(x.name)}${words(` (${x.id}): ${what}`)}`;
  });
  const more = gathered.count - gathered.named.length;
  if (more > 0) items.push(words(message(lang, "rpt-incomplete-more", { count: more })));
  const [before, after] = message(lang, "rpt-incomplete", { count: gathered.count, agencies: SLOT }).split(SLOT);
  return `${words(before!)}${items.join(words("; "))}${words(after!)}`;
}

/** Where the list goes in the note's words: a private-use character, in no message of the report's own. */
const SLOT = "\uE001";
