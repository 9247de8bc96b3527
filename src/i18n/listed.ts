import type { Lang } from "../core/rubric.js";

/** Things in a sentence, "A, B và C" ("A, B and C"): joined by "và" alone, three read "A và B và C". */
export function listed(things: readonly string[], lang: Lang): string {
  const and = lang === "vi" ? " và " : " and ";
  return things.length < 2 ? things.join("") : `${things.slice(0, -1).join(", ")}${and}${things.at(-1)}`;
}
