import { bandSetFor, reaches, type RatedOn } from "../../core/bands.js";
import type { BandSet, Text } from "../../core/rubric.js";

/** A band level whose minimum the new version moved: `old` and `new` on the set's `basis`. */
export interface MovedThreshold { id: string; label: Text; basis: BandSet["basis"]; old: number; new: number }

/**
 * The levels of an agency's band set whose minimum moved so that its new score reaches one and not the other: what
 * moved its band where no indicator did ("Tốt → Khá" at Δ 0 named no cause). A level added or removed, or a set
 * whose basis changed, is the rubric's change, not a minimum that moved.
 */
export function thresholdsCrossed(before: Omit<RatedOn, "band">, after: Omit<RatedOn, "band">, score: { total: number; percent: number }): MovedThreshold[] {
  const o = bandSetFor(before.bands, before.type), n = bandSetFor(after.bands, after.type);
  if (o.basis !== n.basis) return [];
  const value = n.basis === "percent" ? score.percent : score.total;
  return n.levels.flatMap((level) => {
    const was = o.levels.find((l) => l.id === level.id);
    if (!was || was.min === level.min || reaches(value, was.min) === reaches(value, level.min)) return [];
    return [{ id: level.id, label: level.label, basis: n.basis, old: was.min, new: level.min }];
  });
}
