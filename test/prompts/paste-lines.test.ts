import { createInterface } from "node:readline";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { asTyped, joinPastedLines, keysAndRuns, pasteAsOneLine } from "../../src/prompts/paste-lines.js";

describe("joinPastedLines: what arrived at once, its inner line breaks made spaces", () => {
  it.each([
    ["a\rb\rc\r", "a b c\r"], // a paste ending with a line break: Enter, kept
    ["a\r\nb", "a b"], // Windows line ends, the last line not ended
    ["a\n\nb", "a b"], // a blank line between
    ["80\r", "80\r"], // typed: one Enter at the end
    ["\r", "\r"],
    ["\x1b[B\r", "\x1b[B\r"], // an arrow key then Enter
    ["a\n\tb", "a b"], // a line indented with a tab: one space, as between other lines
    ["Năm 2025:\t\r• Một cửa\t\r• Họp\r", "Năm 2025: • Một cửa • Họp\r"], // lines from Word, each ending with a tab
    ["a\r\t\r", "a \t\r"], // a line of a tab alone at the end: no text after it, the Enter kept
    ["500\r\x04", "500\r\x04"], // Enter then Ctrl-D, typed fast: no paste
    ["500\r\x03", "500\r\x03"], // Enter then Ctrl-C
    ["500\r\x1b[B", "500\r\x1b[B"], // Enter then an arrow key
  ])("%j → %j", (given, expected) => {
    expect(joinPastedLines(given)).toBe(expected);
  });
});

describe("asTyped: what arrived at once, as readline edits it", () => {
  it.each([
    ["a decomposed letter, composed", "Ti\u0065\u0302\u0301", "Tiế"],
    ["a decomposed paste of lines, joined and composed", "Nguye\u0302\u0303n\rVa\u0306n A\r", "Nguyễn Văn A\r"],
    ["an arrow key and Backspace, as they were", "\x1b[D\x7f", "\x1b[D\x7f"],
  ])("%s", (_, given, expected) => {
    expect(asTyped(given)).toBe(expected);
  });
});

describe("keysAndRuns: what arrived at once, cut into keys and runs of letters", () => {
  it.each([
    ["a paste", "Nội vụ", ["Nội vụ"]],
    ["letters, arrows, letters, Enter", "Sở vụ\x1b[D\x1b[DNội \r", ["Sở vụ", "\x1b[D", "\x1b[D", "Nội ", "\r"]],
    ["control characters one by one", "a\tb\x7fc", ["a", "\t", "b", "\x7f", "c"]],
    ["Alt with a key, then letters", "\x1bxyz", ["\x1bx", "yz"]],
    ["a function key amid letters", "x\x1bOPy", ["x", "\x1bOP", "y"]],
    ["a key's sequence unfinished at the end, not taken for letters", "abc\x1b[1;5", ["abc", "\x1b[1;5"]],
    ["a lone Escape at the end", "ab\x1b", ["ab", "\x1b"]],
  ])("%s", (_, given, expected) => {
    expect(keysAndRuns(given)).toEqual(expected);
  });
});

describe("pasteAsOneLine: readline reads what arrives at once as if typed a key at a time", () => {
  /** The line readline ends with, given these reads of the terminal; `keys` counts the keys readline was given. */
  async function lineAfter(reads: string[], keys = { count: 0 }): Promise<string> {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin }) as unknown as NodeJS.ReadStream;
    const paste = pasteAsOneLine(stdin);
    const output = Object.assign(new PassThrough(), { columns: 80 });
    output.resume();
    const rl = createInterface({ input: paste.input, output, terminal: true });
    paste.listening();
    paste.input.on("keypress", () => keys.count++);
    const line = new Promise<string>((resolve) => rl.once("line", resolve));
    for (const read of reads) { stdin.write(read); await new Promise((r) => setImmediate(r)); }
    const said = await line;
    rl.close();
    paste.done();
    return said;
  }

  it.each([
    ["a paste at the cursor, mid-line (it went to the end)", ["Sở vụ", "\x1b[D\x1b[D", "Nội ", "\r"], "Sở Nội vụ"],
    ["keys typed fast, mid-line, arriving with Enter", ["abcdef", "\x1b[D\x1b[D\x1b[D", "XY\r"], "abcXYdef"],
    ["an arrow key split between two reads", ["abc", "\x1b[", "D", "X\r"], "abXc"],
    ["Ctrl-← split inside its figures, then a paste", ["abc def", "\x1b[1", ";5D", "XY \r"], "abc XY def"],
    ["Alt-b (a word back), then a paste", ["abc def", "\x1bbXY "], "abc XY def"],
  ])("%s", async (_, reads, expected) => {
    expect(await lineAfter([...reads, ...(reads.at(-1)!.endsWith("\r") ? [] : ["\r"])])).toBe(expected);
  });

  it("a long paste is a few keys to readline, not one a letter (inquirer draws the line again after each key)", async () => {
    const note = "Cổng dịch vụ công trực tuyến của tỉnh đã kết nối với Cổng quốc gia; ".repeat(150);
    const keys = { count: 0 };
    expect(await lineAfter([note.slice(0, 4000), note.slice(4000), "\r"], keys)).toBe(note);
    expect(keys.count).toBe(3);
  });
});

describe("pasteAsOneLine with bracketed paste: a paste is text to its last line break, wherever the terminal cuts it", () => {
  async function lineAfter(reads: string[]): Promise<{ line: string; shown: string }> {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin }) as unknown as NodeJS.ReadStream;
    let shown = "";
    const terminal = new PassThrough();
    terminal.on("data", (d) => { shown += String(d); });
    const paste = pasteAsOneLine(stdin, terminal);
    const output = Object.assign(new PassThrough(), { columns: 80 });
    output.resume();
    const rl = createInterface({ input: paste.input, output, terminal: true });
    paste.listening();
    const line = new Promise<string>((resolve) => rl.once("line", resolve));
    for (const read of reads) {
      if (read !== "wait") stdin.write(read);
      await new Promise((r) => setTimeout(r, read === "wait" ? 120 : 5));
    }
    const said = await line;
    rl.close();
    paste.done();
    await new Promise((r) => setImmediate(r));
    return { line: said, shown };
  }

  it.each([
    ["cut right after a line break (it ended the answer there)", ["\x1b[200~Họp quý I\r", "Họp quý II\x1b[201~", "\r"], "Họp quý I Họp quý II"],
    ["ending with a line break: no Enter, the officer's own ends it", ["\x1b[200~Họp quý I\rHọp quý II\r\x1b[201~", "\r"], "Họp quý I Họp quý II "],
    ["the start mark cut between two reads", ["ab\x1b[2", "00~x\ry\x1b[201~\r"], "abx y"],
    ["the end mark cut between two reads, then Enter", ["\x1b[200~x\ry\x1b[20", "1~\r"], "x y"],
    ["the end mark cut, its rest 120 ms later (a slow connection): the paste in its place, Enter ending the answer", ["\x1b[200~x\ry\x1b[20", "wait", "1~z\r"], "x yz"],
    ["a paste paused 240 ms (a slow connection): what came is handed over, the rest still pasted", ["\x1b[200~x\ry", "wait", "wait", "\rz\x1b[201~\r"], "x y z"],
  ])("%s", async (_, reads, expected) => {
    expect((await lineAfter(reads)).line).toBe(expected);
  });

  it("a paste in many reads is one key to readline, at its end mark (inquirer drew the line again for each: 1.5 MB took 200 s)", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin }) as unknown as NodeJS.ReadStream;
    const paste = pasteAsOneLine(stdin);
    const output = Object.assign(new PassThrough(), { columns: 80 });
    output.resume();
    const rl = createInterface({ input: paste.input, output, terminal: true });
    paste.listening();
    let keys = 0;
    paste.input.on("keypress", () => keys++);
    const line = new Promise<string>((resolve) => rl.once("line", resolve));
    const note = "Cổng dịch vụ công\r\ntrực tuyến; ".repeat(400);
    const reads = ["\x1b[200~", ...note.match(/[\s\S]{1,997}/gu)!, "\x1b[201~", "\r"];
    for (const read of reads) { stdin.write(read); await new Promise((r) => setImmediate(r)); }
    expect(await line).toBe(note.replace(/\r\n/g, " "));
    expect(keys).toBe(2); // the paste, then Enter
    rl.close();
    paste.done();
  });

  it("asks the terminal for the mode while the question is open, and gives it back", async () => {
    const { shown } = await lineAfter(["a\r"]);
    expect(shown).toBe("\x1b[?2004h\x1b[?2004l");
  });

  it("a lone Escape at the end of a read still reaches readline", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin }) as unknown as NodeJS.ReadStream;
    const paste = pasteAsOneLine(stdin);
    const got: string[] = [];
    paste.input.on("data", (d) => got.push(String(d)));
    paste.listening();
    stdin.write("\x1b");
    await new Promise((r) => setTimeout(r, 120));
    paste.done();
    expect(got.join("")).toBe("\x1b");
  });
});

describe("pasteAsOneLine: lines typed before the question listens (the tool starting, the question not yet drawn)", () => {
  it("are held for it: the first line answers it, the rest is given back to standard input for the next question (readline dropped them)", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin }) as unknown as NodeJS.ReadStream;
    const paste = pasteAsOneLine(stdin);
    // Typed in the terminal's line mode, before raw mode: each Enter a "\n", all read at once.
    stdin.write("Xa A\nxa-a\n\nNguyen\n");
    await new Promise((r) => setImmediate(r));
    const output = Object.assign(new PassThrough(), { columns: 80 });
    output.resume();
    const rl = createInterface({ input: paste.input, output, terminal: true });
    const line = new Promise<string>((resolve) => rl.once("line", resolve));
    paste.listening();
    expect(await line).toBe("Xa A");
    rl.close();
    paste.done();
    expect(String(stdin.read())).toBe("xa-a\n\nNguyen\n");
  });
});
