/**
 * A heading line init writes among an agency file's answers, without the "# ": a group's ("═══ 1. Nhận thức số
 * (50 điểm)", "══ 1.1. …"), the bonus's or the penalty's ("═══ Điểm thưởng (tối đa 10 điểm)"). See template.ts's
 * groupHeading and adjustmentHeading, which write them.
 */
export interface InitHeadingLine {
  /** The spaces before the rule. */
  indent: string;
  /** The code a group's heading names ("2", "2.1"); undefined on another heading (the bonus's, the penalty's). */
  code?: string;
  /** The last word in a group heading's closing "(50 điểm)": the language it was written in. */
  pointsWord?: string;
  /** What stands between the rule and the first " (": the bonus's or the penalty's name ("Điểm thưởng"). */
  title?: string;
  /** Whether that " (" is closed at the line's end, as in "(tối đa 10 điểm)". */
  closed: boolean;
}

const RULE = /^(\s*)═/u;
// A file with CRLF line ends gives its comment lines back ending in "\r": still init's heading.
const GROUP = /^\s*═+ (\S+?)\. (?:.* \(\S+ (\S+)\)\r?$)?/u;
const TITLED = /^\s*═+ (.+?) \((.*\)\r?$)?/u;

/** The parts of a line of init's heading shape; undefined for a line that does not begin with its rule (═). */
export function readInitHeading(line: string): InitHeadingLine | undefined {
  const rule = RULE.exec(line);
  if (!rule) return undefined;
  const group = GROUP.exec(line);
  const titled = TITLED.exec(line);
  return {
    indent: rule[1]!,
    ...(group ? { code: group[1]! } : {}),
    ...(group?.[2] !== undefined ? { pointsWord: group[2] } : {}),
    ...(titled ? { title: titled[1]! } : {}),
    closed: titled?.[2] !== undefined,
  };
}
