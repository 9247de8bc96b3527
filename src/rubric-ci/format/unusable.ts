import type { Lang } from "../../core/rubric.js";
import type { LocatedDiagnostic } from "../../load/located.js";
import { placeOf } from "../../report/diagnostics.js";
import { annotation } from "./github.js";
import type { JunitSuite } from "./junit.js";
import { findingText } from "./lint-report.js";

/**
 * A rubric file that could not be loaded, said in the CI formats of `rubric test` and `rubric impact` alike: a
 * CI that publishes the test report or the annotations showed nothing where the command wrote none, the reason
 * only in the log.
 */
export interface UnusableRubric { file: string; diagnostics: LocatedDiagnostic[] }

type Show = (file: string) => string;

/** One suite per unusable rubric, its one case an error with every finding. */
export function unusableSuites(unusable: UnusableRubric[], lang: Lang, show: Show): JunitSuite[] {
  return unusable.map((u) => {
    const texts = u.diagnostics.map((x) => `${placeOf(show(x.file), x)} ${findingText(x, lang)} [${x.code}]`);
    return { name: show(u.file), cases: [{ classname: show(u.file), name: "rubric", error: { type: u.diagnostics[0]?.code ?? "rubric-unusable", message: texts[0] ?? "", body: texts.join("\n") } }] };
  });
}

/** An error annotation at each finding of each unusable rubric. */
export function unusableAnnotations(unusable: UnusableRubric[], lang: Lang, show: Show): string[] {
  return unusable.flatMap((u) => u.diagnostics.map((x) => annotation("error", show(x.file), x, findingText(x, lang))));
}
