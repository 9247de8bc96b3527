import type { Rule, Step } from "../../core/rubric.js";
import { sameIgnoringLabels } from "./summaries.js";

/**
 * One number or date of a rule that changed while the rule kept its type: the deadline, the points when late,
 * a target, a cap, a band step's threshold or worth. `worth` names the step by what it gives (`20` points or
 * `×0.5` of the max); `min`, by its threshold. A piecewise rule's breakpoint (answer `at`, points `worth`): its
 * points changed (`point_worth`), the answer it is at (`point_at`), or both (`point_moved`, old and new [at, worth]);
 * or, where the line has more or fewer breakpoints, one added or removed (`point_added`, `point_removed`).
 */
export type RuleChange =
  | { what: "by"; old: string; new: string }
  | { what: "late_points" | "target" | "points" | "per_unit" | "cap" | "else"; old: number | null; new: number | null; percent?: true }
  | { what: "step_min"; worth: string; old: number; new: number; percent?: true }
  | { what: "step_worth"; min: number; old: string; new: string; percent?: true }
  | { what: "step_added" | "step_removed"; min: number; worth: string; percent?: true }
  | { what: "point_worth"; at: number; old: number; new: number; percent?: true }
  | { what: "point_at"; worth: number; old: number; new: number; percent?: true }
  | { what: "point_moved"; old: [number, number]; new: [number, number]; percent?: true }
  | { what: "point_added" | "point_removed"; at: number; worth: number; percent?: true };

/**
 * What changed in a rule, number by number, where it kept its type and its shape (the same parts); undefined where it
 * did not (another type, parts rewritten): the summaries say those. Band steps added or taken away are matched by
 * their threshold: "step ≥ 1 (5 points) removed", not both rules whole.
 * `percent`: the answer the rule reads is a percentage (a target or a threshold of 90 is 90 %).
 */
export function ruleChanges(o: Rule | undefined, n: Rule | undefined, percent = false): RuleChange[] | undefined {
  if (!o || !n || o.type !== n.type) return undefined;
  const out: RuleChange[] = [];
  const num = (what: "late_points" | "target" | "points" | "per_unit" | "cap" | "else", x: number | undefined, y: number | undefined) => {
    if (x !== y) out.push({ what, old: x ?? null, new: y ?? null, ...(percent && what === "target" ? { percent } : {}) });
  };
  switch (o.type) {
    case "deadline": {
      const m = n as typeof o;
      if (o.by !== m.by) out.push({ what: "by", old: o.by, new: m.by });
      num("late_points", o.late_points, m.late_points);
      break;
    }
    case "target": num("target", o.target, (n as typeof o).target); break;
    case "fixed": num("points", o.points, (n as typeof o).points); break;
    case "per_unit": num("per_unit", o.points, (n as typeof o).points); num("cap", o.cap, (n as typeof o).cap); break;
    case "checklist": num("cap", o.cap, (n as typeof o).cap); break;
    case "sum": {
      const m = n as typeof o;
      if (!sameIgnoringLabels(o.parts, m.parts)) return undefined;
      num("cap", o.cap, m.cap);
      break;
    }
    case "bands": {
      const m = n as typeof o;
      const unit = percent ? { percent } : {};
      if (o.steps.length !== m.steps.length) {
        // Matched by threshold, then what is left by worth (a threshold moved); the rest was removed or added.
        const newByMin = new Map(m.steps.map((t) => [t.min, t]));
        const oldMins = new Set(o.steps.map((s) => s.min));
        const added = m.steps.filter((t) => !oldMins.has(t.min));
        for (const s of o.steps) {
          const t = newByMin.get(s.min);
          if (t) { if (worth(s) !== worth(t)) out.push({ what: "step_worth", min: t.min, old: worth(s), new: worth(t), ...unit }); continue; }
          const moved = added.findIndex((a) => worth(a) === worth(s));
          if (moved === -1) { out.push({ what: "step_removed", min: s.min, worth: worth(s), ...unit }); continue; }
          out.push({ what: "step_min", worth: worth(s), old: s.min, new: added[moved]!.min, ...unit });
          added.splice(moved, 1);
        }
        for (const t of added) out.push({ what: "step_added", min: t.min, worth: worth(t), ...unit });
        num("else", o.else, m.else);
        break;
      }
      o.steps.forEach((s, i) => {
        const t = m.steps[i]!;
        if (worth(s) !== worth(t)) out.push({ what: "step_worth", min: t.min, old: worth(s), new: worth(t), ...(percent ? { percent } : {}) });
        if (s.min !== t.min) out.push({ what: "step_min", worth: worth(t), old: s.min, new: t.min, ...(percent ? { percent } : {}) });
      });
      num("else", o.else, m.else);
      break;
    }
    case "piecewise": {
      const m = n as typeof o;
      const unit = percent ? { percent } : {};
      if (o.points.length !== m.points.length) {
        // As band steps: matched by answer, then what is left by points (moved to another answer); the rest removed or added.
        const newAt = new Map(m.points.map(([x, y]) => [x, y]));
        const oldAts = new Set(o.points.map(([x]) => x));
        const added = m.points.filter(([x]) => !oldAts.has(x));
        for (const [x, y] of o.points) {
          const ny = newAt.get(x);
          if (ny !== undefined) { if (ny !== y) out.push({ what: "point_worth", at: x, old: y, new: ny, ...unit }); continue; }
          const moved = added.findIndex(([, ay]) => ay === y);
          if (moved === -1) { out.push({ what: "point_removed", at: x, worth: y, ...unit }); continue; }
          out.push({ what: "point_at", worth: y, old: x, new: added[moved]![0], ...unit });
          added.splice(moved, 1);
        }
        for (const [x, y] of added) out.push({ what: "point_added", at: x, worth: y, ...unit });
        break;
      }
      o.points.forEach(([x, y], i) => {
        const [nx, ny] = m.points[i]!;
        if (x === nx && y !== ny) out.push({ what: "point_worth", at: x, old: y, new: ny, ...unit });
        else if (x !== nx && y === ny) out.push({ what: "point_at", worth: y, old: x, new: nx, ...unit });
        else if (x !== nx) out.push({ what: "point_moved", old: [x, y], new: [nx, ny], ...unit });
      });
      break;
    }
    default: return undefined;
  }
  return out.length > 0 ? out : undefined;
}

function worth(s: Step): string {
  return s.points !== undefined ? String(s.points) : `×${s.fraction ?? 0}`;
}
