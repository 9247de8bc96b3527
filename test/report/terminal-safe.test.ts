import { describe, expect, it } from "vitest";
import { safeStrings, terminalSafe } from "../../src/report/terminal-safe.js";

describe("terminalSafe", () => {
  it.each([
    ["clear screen", "a\x1b[2Jb", "a␛[2Jb"],
    ["window title (OSC … BEL)", "\x1b]0;pwned\x07x", "␛]0;pwned␇x"],
    ["carriage return overwriting a line", "ok\rFAKE", "ok␍FAKE"],
    ["backspace, DEL and a C1 CSI", "a\bb\x7fc\x9b2J", "a␈b␡c\ufffd2J"],
    ["NUL and vertical tab", "a\x00b\x0bc", "a␀b␋c"],
    ["colour and conceal sequences", "\x1b[31mĐỏ\x1b[8mẩn", "␛[31mĐỏ␛[8mẩn"],
    ["a right-to-left override", "abc\u202edef", "abc\ufffddef"],
    ["bidi isolates (LRI RLI FSI PDI)", "a\u2066b\u2067c\u2068d\u2069e", "a\ufffdb\ufffdc\ufffdd\ufffde"],
    ["bidi marks (LRM RLM ALM)", "a\u200eb\u200fc\u061cd", "a\ufffdb\ufffdc\ufffdd"],
    ["line and paragraph separators", "a\u2028b\u2029c", "a\ufffdb\ufffdc"],
    ["form feed and the other C0 controls up to US", "a\x0cb\x1fc", "a␌b␟c"],
    // Shown as nothing, they made a name print as another agency's name does.
    ["zero-width space and joiners, word joiner, byte-order mark, soft hyphen", "a\u200bb\u200cc\u200dd\u2060e\ufefff\u00adg", "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg"],
    ["a tag character (two UTF-16 units, one symbol)", "Bình\u{E0041}", "Bình\ufffd"],
    ["a variation selector and a Hangul filler", "a\ufe0fb\u3164c", "a\ufffdb\ufffdc"],
  ])("shows %s as symbols", (_, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  // Printed to a GitHub job's log, such a text was a workflow command: an annotation, a mask, commands stopped.
  it.each([
    ["a workflow command at the start", "::error file=README.md::x", "\uff1a:error file=README.md::x"],
    ["one after spaces, on a later line", "Sở A\n  ::add-mask::x", "Sở A\n  \uff1a:add-mask::x"],
    ["the runner's older form, anywhere", "Sở ##[stop-commands]tok", "Sở ##\uff3bstop-commands]tok"],
    ["an Azure Pipelines logging command, anywhere and in any case", "Sở ##vso[task.complete result=Succeeded] ##VSO[x]", "Sở ##vso\uff3btask.complete result=Succeeded] ##VSO\uff3bx]"],
  ])("makes %s inert, visibly", (_, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it.each([
    ["a colon inside a text, and a lone one", "Ghi chú: a::b :c"],
    ["line feeds and tabs", "một\thai\nba"],
    ["Vietnamese text", "Sở Khoa học và Công nghệ"],
    ["the combining grapheme joiner nfc() puts in an overlong run of marks", "a\u0301\u034f\u0323"],
  ])("keeps %s", (_, text) => {
    expect(terminalSafe(text)).toBe(text);
  });

  it("in table cells, turns a tab into a space (a table measures it as no column, a terminal as up to eight)", () => {
    expect(terminalSafe("\tTab đầu\x1b", true)).toBe(" Tab đầu␛");
    expect(safeStrings({ name: "a\tb" }, true)).toEqual({ name: "a b" });
    // …and a line break a space: a name cannot print a line (or a table row) of its own.
    expect(terminalSafe("Sở A\nline2\r\nline3\rx", true)).toBe("Sở A line2 line3␍x");
  });
});

describe("safeStrings", () => {
  it("copies plain objects and arrays with every string made safe, a __proto__ key kept as a key", () => {
    const data = JSON.parse('{"name": "A\\u001b[2J", "list": ["\\u0007", 1, null], "__proto__": {"x": "\\r"}}') as Record<string, unknown>;
    const safe = safeStrings(data);
    expect(safe).toEqual(JSON.parse('{"name": "A␛[2J", "list": ["␇", 1, null], "__proto__": {"x": "␍"}}'));
    expect(Object.getPrototypeOf(safe)).toBe(Object.prototype);
    expect(data.name).toBe("A\x1b[2J");
    // An object without a prototype (Object.create(null)) is data too.
    expect(safeStrings({ inner: Object.assign(Object.create(null) as object, { name: "B\x07" }) })).toEqual({ inner: { name: "B␇" } });
  });

  it("copies only what holds something to change: the rest is the same object", () => {
    const clean = { name: "Sở A", groups: [{ title: { vi: "Nhận thức số" } }] };
    const data = { clean, dirty: { name: "B\x07", list: [1, "ok"] } };
    const safe = safeStrings(data);
    expect(safe).not.toBe(data);
    expect(safe.clean).toBe(clean);
    expect(safe.dirty).toEqual({ name: "B␇", list: [1, "ok"] });
    expect(safe.dirty.list).toBe(data.dirty.list);
    expect(data.dirty.name).toBe("B\x07");
    expect(safeStrings(clean)).toBe(clean);
    const list = ["a", "b\x1b", "c"];
    expect(safeStrings(list)).toEqual(["a", "b␛", "c"]);
    expect(list[1]).toBe("b\x1b");
  });
});
