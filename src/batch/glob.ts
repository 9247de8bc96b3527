/**
 * Glob patterns for file arguments, the same on Windows and Linux (quoted, so no shell expands them):
 * `*` and `?` within a path segment, `**` across segments, `[abc]` and `[!abc]` classes, and `{a,b}`
 * alternatives, which may hold wildcards, slashes and other braces (expanded first, as a shell does).
 * Backslashes are read as separators, as Windows users type them. Names match whatever their case, as
 * on Windows: `*.yaml` finds `SO-KHCN.YAML`, as scanning a folder does.
 */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/** One brace-free alternative of a pattern: the folder to walk from, and tests on paths below it (as segments). */
export interface Glob {
  base: string;
  /** No wildcard is left (`{a,b}.yaml` written out): `base` is the whole path. */
  literal: boolean;
  /** The pattern ends in `**`: any name below matches. */
  anyName: boolean;
  /** Whether a file at this path below `base` (names in NFC) matches. */
  matches(below: string[]): boolean;
  /** Whether files below this folder (a path below `base`) may match: folders that cannot are not walked. */
  mayEnter(below: string[]): boolean;
}

/** A pattern with `{a,b}` written out makes at most this many: more is a mistake, not a batch. */
export const MAX_ALTERNATIVES = 1000;

export class GlobTooLargeError extends Error {
  constructor(readonly pattern: string) { super(`${pattern} has more than ${MAX_ALTERNATIVES} alternatives`); }
}

export function compileGlob(pattern: string): Glob[] {
  return expandBraces(pattern.replace(/\\/g, "/"), pattern).map(compileOne);
}

/** The folder to start walking from: the part of the pattern before its first wildcard segment. */
export function globBase(pattern: string): string {
  const segments = pattern.replace(/\\/g, "/").split("/");
  const base: string[] = [];
  for (const s of segments) { if (isGlob(s)) break; base.push(s); }
  return base.length === 0 ? "." : base.join("/") || "/";
}

function compileOne(pattern: string): Glob {
  const base = globBase(pattern);
  const all = pattern.replace(/^(?:\.\/)+/, "").split("/").filter((s, i) => s !== "" || i === 0);
  const firstWild = all.findIndex(isGlob);
  // Compared in NFC (names below are given in NFC): a name from a macOS archive may be stored decomposed (NFD) and typed composed.
  const rest = all.slice(firstWild < 0 ? all.length : firstWild).map((s) => (s === "**" ? GLOBSTAR : segmentRegExp(s.normalize("NFC"))));
  return {
    base,
    literal: firstWild < 0,
    anyName: rest[rest.length - 1] === GLOBSTAR,
    matches: (below) => match(rest, 0, below, 0, false),
    mayEnter: (below) => match(rest, 0, below, 0, true),
  };
}

const GLOBSTAR = Symbol("**");
type Segment = RegExp | typeof GLOBSTAR;

/**
 * Whether the path's segments match the pattern's; with `partial`, whether a path that starts with them
 * could (the path is a folder and the pattern may go on below it).
 */
function match(pattern: Segment[], p: number, path: string[], s: number, partial: boolean): boolean {
  for (;;) {
    // A folder may hold matches while the pattern goes on below it, or when a `**` it ended in takes any depth.
    if (s === path.length) return partial ? p < pattern.length || pattern[p - 1] === GLOBSTAR : pattern.slice(p).every((x) => x === GLOBSTAR);
    if (p === pattern.length) return false;
    const segment = pattern[p]!;
    if (segment === GLOBSTAR) {
      // `**` takes none of the remaining segments, or one more; hidden names are never walked, so no special case.
      for (let k = s; k <= path.length; k++) if (match(pattern, p + 1, path, k, partial)) return true;
      return false;
    }
    if (!segment.test(path[s]!)) return false;
    p++;
    s++;
  }
}

function segmentRegExp(segment: string): RegExp {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end < 0) { out += "\\["; continue; }
      const body = segment.slice(i + 1, end);
      out += "[" + (body.startsWith("!") ? "^" + body.slice(1) : body).replace(/[\\\]]/g, "\\$&") + "]";
      i = end;
    } else out += ch.replace(/[.+^$()|\\{}\]*?[]/, "\\$&");
  }
  try {
    return new RegExp(`^${out}$`, "i");
  } catch {
    // A class the regular expression refuses ([z-a]): the segment is matched as written.
    return new RegExp(`^${segment.replace(/[.+^$()|\\{}\]*?[]/g, "\\$&")}$`, "i");
  }
}

/** `{a,b}` alternatives written out, innermost and leftmost first, as a shell does; an unclosed brace stays a character. */
function expandBraces(pattern: string, original: string): string[] {
  const open = firstBrace(pattern);
  if (!open) return [pattern];
  const { start, end, parts } = open;
  const out: string[] = [];
  for (const part of parts) {
    for (const expanded of expandBraces(pattern.slice(0, start) + part + pattern.slice(end + 1), original)) {
      out.push(expanded);
      if (out.length > MAX_ALTERNATIVES) throw new GlobTooLargeError(original);
    }
  }
  return out;
}

/** The first `{…}` with a comma at its own level: where it starts and ends, and its alternatives. */
function firstBrace(pattern: string): { start: number; end: number; parts: string[] } | undefined {
  for (let start = pattern.indexOf("{"); start >= 0; start = pattern.indexOf("{", start + 1)) {
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < pattern.length; i++) {
      const ch = pattern[i];
      if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) {
        if (commas.length === 0) break;
        const bounds = [start, ...commas, i];
        return { start, end: i, parts: bounds.slice(0, -1).map((b, k) => pattern.slice(b + 1, bounds[k + 1])) };
      } else if (ch === "," && depth === 1) commas.push(i);
    }
  }
  return undefined;
}
