/**
 * Glob patterns for file arguments, the same on Windows and Linux (quoted, so no shell expands them):
 * `*` and `?` within a path segment, `**` across segments, `[abc]` classes and `{a,b}` alternatives.
 * Backslashes are read as separators, as Windows users type them.
 */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

export function globToRegExp(pattern: string): RegExp {
  const p = pattern.replace(/\\/g, "/");
  let out = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === "*") {
      if (p[i + 1] === "*") {
        // "**/" matches zero or more folders; a trailing "**" matches everything below.
        const slash = p[i + 2] === "/";
        out += slash ? "(?:[^/]*/)*" : ".*";
        i += slash ? 2 : 1;
      } else out += "[^/]*";
    } else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const end = p.indexOf("]", i + 1);
      if (end < 0) { out += "\\["; continue; }
      out += "[" + p.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
      i = end;
    } else if (ch === "{") {
      const end = p.indexOf("}", i + 1);
      if (end < 0) { out += "\\{"; continue; }
      out += "(?:" + p.slice(i + 1, end).split(",").map(escape).join("|") + ")";
      i = end;
    } else out += escape(ch);
  }
  return new RegExp(`^${out}$`);
}

/** The folder to start walking from: the part of the pattern before its first wildcard segment. */
export function globBase(pattern: string): string {
  const segments = pattern.replace(/\\/g, "/").split("/");
  const base: string[] = [];
  for (const s of segments) { if (isGlob(s)) break; base.push(s); }
  return base.length === 0 ? "." : base.join("/") || "/";
}

function escape(text: string): string {
  return text.replace(/[.+^$()|\\/]/g, (c) => (c === "/" ? "/" : "\\" + c));
}
