import { describe, expect, it } from "vitest";
import { readInitHeading } from "../../src/assess/init-heading.js";

// The patterns each reader of init's headings had before they shared readInitHeading: what it reads must be the same.
const earlier = {
  code: (line: string) => (/^\s*═/.test(line) ? /^\s*═+ (\S+?)\. /.exec(line)?.[1] ?? null : undefined),
  group: (line: string) => /^(\s*)═+ (\S+?)\. .* \(\S+ (\S+)\)$/u.exec(line)?.slice(1, 4),
  adjustment: (line: string) => /^(\s*)═+ (.+?) \(.*\)$/u.exec(line)?.slice(1, 3),
  rankTitle: (line: string) => /^═+ (.+?) \(/.exec(line.trim())?.[1],
  headingEnd: (line: string) => /^\s*(═|— )/.test(line),
};

describe("readInitHeading", () => {
  const lines: [string, { indent: string; code?: string; pointsWord?: string; title?: string; closed: boolean } | undefined][] = [
    [" ═══ 1. Nhận thức số (50 điểm)", { indent: " ", code: "1", pointsWord: "điểm", title: "1. Nhận thức số", closed: true }],
    [" ══ 2.1. Digital institutions (20 points)", { indent: " ", code: "2.1", pointsWord: "points", title: "2.1. Digital institutions", closed: true }],
    ["   ═ 2.1.3. Deep (5 điểm)", { indent: "   ", code: "2.1.3", pointsWord: "điểm", title: "2.1.3. Deep", closed: true }],
    [" ═══ 1. Nhận thức (số) (50 điểm)", { indent: " ", code: "1", pointsWord: "điểm", title: "1. Nhận thức", closed: true }],
    [" ═══ Điểm thưởng (tối đa 10 điểm)", { indent: " ", title: "Điểm thưởng", closed: true }],
    [" ═══ Penalty (up to 5 points)", { indent: " ", title: "Penalty", closed: true }],
    [" ═══ Điểm thưởng (tối đa 10 điểm)  ", { indent: " ", title: "Điểm thưởng", closed: false }],
    [" ═══ 1. Nhận thức số", { indent: " ", code: "1", closed: false }],
    [" ═══ 1. Nhận thức số (50 điểm) thêm", { indent: " ", code: "1", title: "1. Nhận thức số", closed: false }],
    [" ═══ 1. (50 điểm)", { indent: " ", code: "1", title: "1.", closed: true }],
    [" ═══ 1.  (50 điểm)", { indent: " ", code: "1", pointsWord: "điểm", title: "1. ", closed: true }],
    [" ═══ 1. Title (tối đa 50 điểm)", { indent: " ", code: "1", title: "1. Title", closed: true }],
    [" ═══ x (", { indent: " ", title: "x", closed: false }],
    [" ═══Điểm thưởng (tối đa 10 điểm)", { indent: " ", closed: false }],
    [" ═══ 1.Nhận thức (50 điểm)", { indent: " ", title: "1.Nhận thức", closed: true }],
    ["═══ 3. Hạ tầng (30 điểm)", { indent: "", code: "3", pointsWord: "điểm", title: "3. Hạ tầng", closed: true }],
    [" ═", { indent: " ", closed: false }],
    [" — Khác", undefined],
    [" 1. Nhận thức số (50 điểm)", undefined],
    [" note ═══ 1. x (1 điểm)", undefined],
    ["", undefined],
  ];
  it.each(lines)("reads %j", (line, expected) => {
    expect(readInitHeading(line)).toEqual(expected);
  });

  it.each(lines)("reads %j as each reader read it before", (line) => {
    const heading = readInitHeading(line);
    expect(heading && (heading.code ?? null)).toBe(earlier.code(line));
    const group = heading?.code !== undefined && heading.pointsWord !== undefined ? [heading.indent, heading.code, heading.pointsWord] : undefined;
    expect(group).toEqual(earlier.group(line));
    expect(heading?.closed ? [heading.indent, heading.title] : undefined).toEqual(earlier.adjustment(line));
    expect(heading?.title).toBe(earlier.rankTitle(line));
    expect(Boolean(heading) || /^\s*— /.test(line)).toBe(earlier.headingEnd(line));
  });
});
