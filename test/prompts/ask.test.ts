import { PassThrough, Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isPromptExit, makeAsker } from "../../src/prompts/ask.js";
import { wrapForTerminal } from "../../src/report/wrap.js";

/** A yes/no question answered by typing `keys`, through the real prompt on in-memory streams. */
async function confirmWith(keys: string, fallback: boolean): Promise<{ answer: boolean; shown: string }> {
  const input = new PassThrough();
  let shown = "";
  const output = new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } });
  const asker = makeAsker("vi", { input, output });
  const pending = asker.confirm({ message: "Thêm minh chứng khác?", default: fallback });
  for (const line of keys.split("\n").slice(0, -1)) { await new Promise((r) => setTimeout(r, 20)); input.write(line + "\n"); }
  return { answer: await pending, shown };
}

describe("yes/no prompts", () => {
  it.each([
    ["co\n", false, true], ["có\n", false, true], ["c\n", false, true], ["y\n", false, true],
    ["khong\n", true, false], ["không\n", true, false], ["k\n", true, false], ["n\n", true, false],
    ["\n", true, true], ["\n", false, false],
  ])("%j (default %s) → %s, as the rubric's yes/no questions take it", async (keys, fallback, expected) => {
    expect((await confirmWith(keys, fallback)).answer).toBe(expected);
  });

  it("Enter shows, once answered, what it chose (the answered line showed nothing after the question)", async () => {
    const strip = (t: string) => t.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
    expect(strip((await confirmWith("\n", false)).shown)).toMatch(/✔ Thêm minh chứng khác\? \(c\/K\) Không/);
    expect(strip((await confirmWith("\n", true)).shown)).toMatch(/✔ Thêm minh chứng khác\? \(C\/k\) Có/);
  });

  it("asks again after an answer that is neither, saying how to answer", async () => {
    // The refused text stays on the line to be edited, as in a terminal: Ctrl-U clears it.
    const { answer, shown } = await confirmWith("maybe\n\u0015khong\n", true);
    expect(answer).toBe(false);
    expect(shown).toContain("Hãy trả lời có (c) hoặc không (k)");
  });
});

describe("a long question on a terminal", () => {
  const question = "Tệp so-khcn.yaml vừa bị sửa ngoài egov-score và nay không dùng được (lỗi ở trên): câu trả lời vừa nhập chưa được lưu. Thử lưu lại?";
  /** What the prompt showed on an output that is a terminal `columns` wide (none: a pipe). */
  async function shownAt(columns: number | undefined): Promise<string> {
    const input = new PassThrough();
    let shown = "";
    const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), columns === undefined ? {} : { isTTY: true, columns });
    const pending = makeAsker("vi", { input, output }).text({ message: question, validate: (v) => (v === "ok" ? true : `Hãy gõ ok để tiếp tục, hoặc Ctrl-C để dừng lại; ${"rất dài ".repeat(6)}`) });
    await new Promise((r) => setTimeout(r, 20));
    input.write("sai\n");
    await new Promise((r) => setTimeout(r, 20));
    input.write("\u0015ok\n");
    await pending;
    return shown.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
  }

  it("is wrapped at spaces, its error too, not cut inside a word at the edge", async () => {
    const shown = await shownAt(60);
    // The first lines as wrapped at spaces are on the screen (inquirer alone cut "(lỗ" / "i ở trên)"); the
    // last is shorter still, leaving room for the answer.
    const expected = wrapForTerminal(question, 58).split("\n");
    expect(expected.length).toBeGreaterThan(2);
    for (const line of expected.slice(0, -1)) expect(shown).toContain(line);
    // Every word whole: none cut at the edge.
    for (const word of question.split(" ")) expect(shown).toContain(word);
    for (const line of wrapForTerminal(`Hãy gõ ok để tiếp tục, hoặc Ctrl-C để dừng lại; ${"rất dài ".repeat(6)}`, 58).split("\n")) expect(shown).toContain(line.trimEnd());
  });
});

describe("a long list on a short terminal", () => {
  /** The options a checklist of 11 showed on a terminal `rows` high. */
  async function optionsShown(rows: number): Promise<number> {
    const input = new PassThrough();
    let shown = "";
    const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns: 80, rows });
    const pending = makeAsker("vi", { input, output }).checkbox({ message: "Các nền tảng đã triển khai", choices: Array.from({ length: 11 }, (_, i) => ({ value: i, name: `Nền tảng số ${i + 1}` })) });
    await new Promise((r) => setTimeout(r, 20));
    const first = shown;
    input.write("\n");
    await pending;
    return new Set(first.match(/Nền tảng số \d+/g)).size;
  }

  it("shows fewer choices, so that the question above stays in sight; all of them where there is room", async () => {
    expect(await optionsShown(24)).toBe(10);
    expect(await optionsShown(18)).toBe(5);
    expect(await optionsShown(40)).toBe(11);
  });
});

describe("an answered question on a terminal", () => {
  it("leaves room on its last line for the answer shown after it (inquirer cut 'Ngày k' / 'hác…')", async () => {
    const input = new PassThrough();
    let shown = "";
    const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns: 80, rows: 30 });
    const question = "Ngày gửi kết quả tự đánh giá về đơn vị tổng hợp (ngày của công văn gửi)";
    const pending = makeAsker("vi", { input, output }).select({ message: question, choices: [{ value: "keep", name: "Chưa gửi (để trống)" }, { value: "other", name: "Ngày khác…" }] });
    await new Promise((r) => setTimeout(r, 20));
    input.write("\u001b[B");
    await new Promise((r) => setTimeout(r, 20));
    input.write("\r");
    expect(await pending).toBe("other");
    const answered = shown.slice(shown.lastIndexOf("✔")).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").split(/\r?\n/).filter(Boolean);
    expect(answered.join(" ")).toContain("Ngày khác…");
    for (const line of answered) expect([...line].length, line).toBeLessThan(80);
  });
});

describe("long options on a narrow terminal", () => {
  const long = "Đánh giá, xếp loại CBCCVC gắn với kết quả sử dụng hệ thống thông tin";
  const other = "Tiêu chí CĐS trong thi đua, khen thưởng của cơ quan";
  /** Everything a prompt showed on a terminal 60 columns wide, as its lines, after `keys`. */
  async function shown60(ask: (asker: ReturnType<typeof makeAsker>) => Promise<unknown>, keys: string[]): Promise<{ lines: string[]; answered: string[] }> {
    const input = new PassThrough();
    let shown = "";
    const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns: 60, rows: 30 });
    const pending = ask(makeAsker("vi", { input, output }));
    for (const key of keys) { await new Promise((r) => setTimeout(r, 20)); input.write(key); }
    await pending;
    // Colours dropped; a cursor move or erase ends a line, as a redraw starts a new one.
    const plain = shown.replace(/\x1b\[[0-9;]*m/g, "").replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "\n");
    const lines = plain.split(/\r?\n/);
    return { lines, answered: plain.slice(plain.lastIndexOf("✔")).split(/\r?\n/).filter(Boolean) };
  }
  const wordsWhole = (lines: string[], text: string) => { for (const word of text.split(" ")) expect(lines.some((l) => l.includes(word)), word).toBe(true); };

  it("a checklist's options, its key hints and its answer are wrapped at spaces (inquirer cut 'hệ thốn' / 'g thông tin', 'xác' / 'nhận')", async () => {
    const { lines, answered } = await shown60((a) => a.checkbox({ message: "Giá trị", choices: [{ value: 1, name: other }, { value: 2, name: long }] }), [" ", "\u001b[B", " ", "\r"]);
    for (const line of lines) expect(stringWidthOf(line), line).toBeLessThan(60);
    wordsWhole(lines, long);
    expect(lines.some((l) => l.includes("⏎ xác nhận"))).toBe(true);
    // The continued option lines start under the option's text, after the pointer and box.
    expect(lines.some((l) => /^ {3}thống thông tin/.test(l))).toBe(true);
    wordsWhole(answered, `${other}, ${long}`);
    expect(answered.length).toBeGreaterThan(1);
  });

  it("a list's long option continues under its text, further in than the next option (at column 2 it read as another option)", async () => {
    for (const [lang, message] of [["vi", "Giá trị"], ["en", "Value"]] as const) {
      const input = new PassThrough();
      let shown = "";
      const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns: 60, rows: 30 });
      const pending = makeAsker(lang, { input, output }).select({ message, choices: [{ value: 1, name: `Mức 2 — ${long}` }, { value: 2, name: other }] });
      await new Promise((r) => setTimeout(r, 20));
      input.write("\r");
      await pending;
      const lines = shown.replace(/\x1b\[[0-9;]*m/g, "").replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "\n").split(/\r?\n/);
      const first = lines.findIndex((l) => l.startsWith("❯ Mức 2 — "));
      expect(first, lang).toBeGreaterThan(0);
      // The option's next line is its continuation, four columns in; the next option's text is at column 2.
      expect(lines[first + 1], lang).toMatch(/^ {4}\S/);
      expect(lines.find((l) => l.includes(other)), lang).toBe(`  ${other}`);
      for (const line of lines) expect(stringWidthOf(line), line).toBeLessThan(60);
    }
  });

  const note = "Số liệu thuê bao băng rộng cố định do VNPT Tây Ninh cung cấp theo công văn số 112, đã đối chiếu với số hộ gia đình trên địa bàn xã năm 2025";
  it("a long saved default '(…)' is wrapped at spaces after the question, words whole (the terminal cut 'th' / 'uê bao')", async () => {
    const { lines, answered } = await shown60((a) => a.text({ message: "Ghi chú (Enter để giữ; Backspace rồi Enter để xóa)", default: note }), ["\r"]);
    // The question as first drawn, up to the first cursor move (the line being typed, drawn by inquirer itself
    // as Enter is pressed, is not ours to wrap).
    const offered = lines.slice(0, lines.indexOf(""));
    expect(offered[0]).toMatch(/^\? Ghi chú/);
    for (const line of [...offered, ...answered]) expect(stringWidthOf(line), line).toBeLessThan(60);
    wordsWhole(offered, `(${note})`);
    expect(offered.some((l) => l.endsWith("2025)"))).toBe(true);
    // Kept with Enter, the answer shown after the question is wrapped the same way, continued two columns in.
    wordsWhole(answered, note);
    expect(answered.length).toBeGreaterThan(1);
    for (const line of answered.slice(1)) expect(line).toMatch(/^ {2}\S/);
  });

  it("a long typed (pasted) answer, once given, is shown wrapped at spaces, words whole", async () => {
    const { answered } = await shown60((a) => a.text({ message: "Ghi chú" }), [note, "\r"]);
    for (const line of answered) expect(stringWidthOf(line), line).toBeLessThan(60);
    wordsWhole(answered, note);
    expect(answered.length).toBeGreaterThan(1);
  });

  it("a list's long option, once chosen, is wrapped after the question rather than the question squeezed to a narrow column", async () => {
    const { lines, answered } = await shown60((a) => a.select({ message: "Mức độ triển khai hệ thống", choices: [{ value: 1, name: long }, { value: 2, name: "Chưa có" }] }), ["\r"]);
    for (const line of lines) expect(stringWidthOf(line), line).toBeLessThan(60);
    expect(answered[0]).toMatch(/^✔ Mức độ triển khai hệ thống Đánh giá/);
    wordsWhole(answered, long);
  });
});

describe("a short question on a 40-column pane", () => {
  // Its last line was wrapped again, 16 columns wide, to leave the answer 20 columns after it: "b = Tổng số" /
  // "CBCCVC", "Điện thoại" / "(Enter để bỏ" / "qua)", "(↑↓, hoặc gõ mã câu, ví" / "dụ 4.14, rồi" / "Enter)".
  async function drawn(ask: (asker: ReturnType<typeof makeAsker>) => Promise<unknown>, keys: string): Promise<{ asked: string[]; answered: string[]; last: string }> {
    const input = new PassThrough();
    let shown = "";
    const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns: 40, rows: 30 });
    const pending = ask(makeAsker("vi", { input, output }, false));
    await new Promise((r) => setTimeout(r, 20));
    const first = shown;
    input.write(keys);
    await pending;
    const lines = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "\n").split(/\r?\n/).filter((l) => l.trim() !== "");
    const last = shown.slice(shown.lastIndexOf("✔")).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
    return { asked: lines(first), answered: lines(last), last };
  }

  it.each([
    ["b = Tổng số CBCCVC", "18"],
    ["Điện thoại (Enter để bỏ qua)", "0912.345.678"],
    ["a = Số hộ gia đình có kết nối Internet băng rộng cáp quang", "1.234"],
  ])("%s: its lines as wrapped to the pane, the answer on the line below it", async (question, typed) => {
    const { asked, answered } = await drawn((a) => a.text({ message: question }), `${typed}\r`);
    const lines = wrapForTerminal(question, 38).split("\n");
    expect(asked.slice(0, lines.length)).toEqual([`? ${lines[0]}`, ...lines.slice(1)]);
    expect(answered).toEqual([`✔ ${lines[0]}`, ...lines.slice(1), `  ${typed}`]);
  });

  it("skipped with Enter, leaves no empty line under it", async () => {
    const { last } = await drawn((a) => a.text({ message: "Chức vụ (Enter để bỏ qua)" }), "\r");
    // The line the answer would have stood on was drawn, empty, then the next question's.
    expect(last.replace(/\n$/, "")).toBe("✔ Chức vụ (Enter để bỏ qua)");
  });

  it("a yes/no question (short answers) keeps the answer beside it", async () => {
    const { answered } = await drawn((a) => a.confirm({ message: "Thêm minh chứng khác?", default: false }), "k\r");
    expect(answered).toEqual(["✔ Thêm minh chứng khác? (c/K) k"]);
  });

  it("a list's question is drawn as wrapped, the option chosen under it once answered", async () => {
    const question = "Chọn câu hỏi (↑↓, hoặc gõ mã câu, ví dụ 4.14, rồi Enter)";
    const { asked, answered } = await drawn((a) => a.select({ message: question, choices: [{ value: 1, name: "1.1. Tỷ lệ người sử dụng có… [85 %]" }, { value: 2, name: "1.2. Tỷ lệ phủ sóng mạng di… [1,5 %]" }] }), "\r");
    const lines = wrapForTerminal(question, 38).split("\n");
    expect(asked.slice(0, lines.length + 1)).toEqual([`? ${lines[0]}`, ...lines.slice(1), "❯ 1.1. Tỷ lệ người sử dụng có… [85 %]"]);
    expect(answered).toEqual([`✔ ${lines[0]}`, ...lines.slice(1), "  1.1. Tỷ lệ người sử dụng có… [85 %]"]);
  });
});

describe("a list on a 40-column pane (a split tmux pane)", () => {
  // dti-cap-so 6.3.2's groups of information: wrapped at 40 columns they took 14 lines, the page of 12 cut "Hỏi đáp,
  // tiếp nhận phản ánh kiến" / "nghị" in two and hid "Dữ liệu mở", and the pointer's line was hard to find among the
  // continuations (found by helper officer9).
  const groups = [
    "Giới thiệu, cơ cấu tổ chức, chức năng nhiệm vụ", "Tin tức, sự kiện", "Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành",
    "Thông tin thủ tục hành chính, dịch vụ công", "Chiến lược, quy hoạch, kế hoạch", "Dự án, đấu thầu, mua sắm công", "Công khai ngân sách",
    "Lấy ý kiến góp ý dự thảo văn bản", "Hỏi đáp, tiếp nhận phản ánh kiến nghị", "Dữ liệu mở",
  ];
  /** The lines of the list as first drawn on a terminal `columns` wide, and the answer given with Enter. */
  /** `keys`: typed before Enter (a cursor move); `lines` then the list as last drawn, `answered` what Enter showed. */
  async function firstDrawn(columns: number, ask: (asker: ReturnType<typeof makeAsker>) => Promise<unknown>, keys = ""): Promise<{ lines: string[]; answer: unknown; answered: string[] }> {
    const input = new PassThrough();
    let shown = "";
    const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns, rows: 40 });
    const pending = ask(makeAsker("vi", { input, output }, false));
    await new Promise((r) => setTimeout(r, 20));
    const before = shown.length;
    if (keys !== "") { input.write(keys); await new Promise((r) => setTimeout(r, 20)); }
    const drawn = shown.slice(keys === "" ? 0 : before);
    const end = shown.length;
    input.write("\r");
    const answer = await pending;
    const linesOf = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "\n").split(/\r?\n/).filter(Boolean);
    return { lines: linesOf(drawn), answer, answered: linesOf(shown.slice(end)) };
  }

  it("a checklist's options take a line each, cut with …, the highlighted one shown whole under the list", async () => {
    const { lines } = await firstDrawn(40, (a) => a.checkbox({ message: "Giá trị", choices: groups.map((name, i) => ({ value: i, name })) }));
    const options = lines.filter((l) => /^[❯ ][◯◉]/.test(l));
    expect(options).toHaveLength(groups.length);
    expect(options[0]).toBe("❯◯ Giới thiệu, cơ cấu tổ chức, chức…");
    expect(options[9]).toBe(" ◯ Dữ liệu mở");
    for (const line of lines) expect(stringWidthOf(line), line).toBeLessThan(40);
    expect(lines).toContain("Giới thiệu, cơ cấu tổ chức, chức năng");
    expect(lines).toContain("nhiệm vụ");
  });

  it("a choice's long option, cut on the list, is answered whole", async () => {
    const long = "Đã triển khai đầy đủ tại tất cả các đơn vị trực thuộc và có báo cáo đánh giá";
    const { lines, answer, answered } = await firstDrawn(40, (a) => a.select({ message: "Giá trị", choices: [{ value: "du", name: long }, { value: "chua", name: "Chưa triển khai" }, "separator", { value: "sau", name: "Trả lời sau" }] }));
    expect(lines).toContain("❯ Đã triển khai đầy đủ tại tất cả các…");
    expect(lines).toContain("  Chưa triển khai");
    expect(answer).toBe("du");
    // The answered line, after the question, shows it whole.
    expect(answered.join(" ").replace(/\s+/g, " ")).toContain(long);
    expect(answered.join(" ")).not.toContain("…");
  });

  it("an option cut on the list shows its own description under it with its whole text; a short one shows only its own", async () => {
    const long = "Đã triển khai đầy đủ tại tất cả các đơn vị trực thuộc và có báo cáo đánh giá";
    const choices = [{ value: "du", name: long, description: "kèm báo cáo" }, { value: "chua", name: "Chưa triển khai" }];
    const first = await firstDrawn(40, (a) => a.select({ message: "Giá trị", choices }));
    expect(first.lines).toContain("❯ Đã triển khai đầy đủ tại tất cả các…");
    expect(first.lines).toContain("kèm báo cáo");
    expect(first.lines.join(" ")).toContain("có báo cáo đánh giá");
    // Down to the short option: no description of its own, none is made of its name.
    const second = await firstDrawn(40, (a) => a.select({ message: "Giá trị", choices }), "\x1b[B");
    expect(second.answer).toBe("chua");
    expect(second.lines.filter((l) => l.includes("Chưa triển khai"))).toEqual(["❯ Chưa triển khai"]);
  });

  it("a list whose wrapped options fill the page is drawn one line an option once its separator is counted", async () => {
    // Seven short options and two of two lines: 11 lines, and the separator before "Trả lời sau" the page's 12th and 13th.
    const long = (n: number) => `Phương án số ${n} được mô tả dài hơn một dòng của khung`;
    const choices = [...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: n, name: `Phương án ${n}` })), { value: 8, name: long(8) }, { value: 9, name: long(9) }, "separator" as const, { value: 0, name: "Trả lời sau" }];
    const { lines } = await firstDrawn(40, (a) => a.select({ message: "Giá trị", choices }));
    expect(lines.filter((l) => l.includes("Phương án số 8"))).toEqual(["  Phương án số 8 được mô tả dài hơn…"]);
    expect(lines).toContain("  Trả lời sau");
  });

  it("a list whose wrapped options fill its page exactly, separator counted, keeps them wrapped (nothing is cut off)", async () => {
    // Six short options, two of two lines and a separator before "Trả lời sau": the page's 12 lines, all of them shown.
    const long = (n: number) => `Phương án số ${n} được mô tả dài hơn một dòng của khung`;
    const choices = [...[1, 2, 3, 4, 5, 6].map((n) => ({ value: n, name: `Phương án ${n}` })), { value: 8, name: long(8) }, { value: 9, name: long(9) }, "separator" as const, { value: 0, name: "Trả lời sau" }];
    const { lines } = await firstDrawn(40, (a) => a.select({ message: "Giá trị", choices }));
    expect(lines.filter((l) => l.includes("…"))).toEqual([]);
    expect(lines.filter((l) => l.includes("của khung"))).toHaveLength(2);
    expect(lines).toContain("  Trả lời sau");
  });

  it("the highlighted choice's description is wrapped at spaces (the terminal cut a document's list of codes inside a code)", async () => {
    const cited = "đã khai ở 1.1, 1.3, 1.4, 2.1, 2.2, 2.3, 2.4, 3.3, 4.2, 4.3, 4.5, 5.1, 5.2, 5.3, 5.5, 5.8, 5.9, 5.10, 6.1.4, 6.2.1, 6.2.2, 6.4.2";
    const { lines } = await firstDrawn(40, (a) => a.select({ message: "Tài liệu", choices: [{ value: 1, name: "15/KH-SNV · 20/01/2025", description: cited }, { value: 2, name: "Tài liệu mới" }] }));
    for (const line of lines) expect(stringWidthOf(line), line).toBeLessThan(40);
    for (const code of cited.split(" ")) expect(lines.some((l) => l.split(" ").includes(code)), code).toBe(true);
  });

  it("the key hints stay on their line as the cursor moves among options cut and whole (they moved with the description's lines)", async () => {
    // The documents an evidence item may cite, as dti-cap-xa's questions offer them at 40 columns.
    const choices = [
      { value: 0, name: "Tài liệu mới (nhập số, ngày, tên, đường dẫn)" },
      { value: 1, name: "125/BC-VNPT · 15/01/2025 · Báo cáo số liệu thuê bao băng rộng cố định", description: "đã khai ở 1.1, 1.2, 1.3, 1.5, 3.4" },
      { value: 2, name: "Chưa có" },
    ];
    const input = new PassThrough();
    let shown = "";
    const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns: 40, rows: 40 });
    const pending = makeAsker("vi", { input, output }, false).select({ message: "Tài liệu", choices });
    // Each drawing of the list, as the lines from the question down: the row of the key hints in each.
    const rows: number[] = [];
    const drawing = () => {
      const last = shown.slice(shown.lastIndexOf("? Tài liệu")).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").split("\n");
      rows.push(last.findIndex((l) => l.startsWith("↑↓")));
    };
    for (const key of ["", "\u001b[B", "\u001b[B"]) {
      input.write(key);
      await new Promise((r) => setTimeout(r, 20));
      drawing();
    }
    input.write("\r");
    expect(await pending).toBe(2);
    expect(rows[0]).toBeGreaterThan(0);
    expect(rows).toEqual([rows[0], rows[0], rows[0]]);
  });

  it("at 80 columns the same lists are drawn as before: whole, nothing cut", async () => {
    const { lines } = await firstDrawn(80, (a) => a.checkbox({ message: "Giá trị", choices: groups.map((name, i) => ({ value: i, name })) }));
    expect(lines.filter((l) => /^[❯ ][◯◉]/.test(l))).toEqual(groups.map((g, i) => `${i === 0 ? "❯" : " "}◯ ${g}`));
    expect(lines.some((l) => l.includes("…"))).toBe(false);
  });
});

function stringWidthOf(line: string): number {
  return [...line.normalize("NFC")].length;
}

describe("Ctrl-D at an empty answer", () => {
  /** A question of each kind, on in-memory streams, given `keys` after it is shown. */
  async function stopped(kind: "text" | "confirm" | "select" | "checkbox", keys: string): Promise<{ error: unknown; value: unknown }> {
    const input = new PassThrough();
    const output = new Writable({ write(_chunk, _enc, done) { done(); } });
    const asker = makeAsker("en", { input, output });
    const choices = [{ value: 1, name: "one" }, { value: 2, name: "two" }];
    const pending = kind === "text" ? asker.text({ message: "Agency name" })
      : kind === "confirm" ? asker.confirm({ message: "Another?" })
      : kind === "select" ? asker.select({ message: "Type", choices })
      : asker.checkbox({ message: "Which", choices });
    const settled = pending.then((value) => ({ error: undefined, value }), (error: unknown) => ({ error, value: undefined }));
    await new Promise((r) => setTimeout(r, 20));
    input.write(keys);
    // Before the fix the question never settled: the race ends it after a while.
    return Promise.race([settled, new Promise<{ error: unknown; value: unknown }>((r) => setTimeout(() => r({ error: "still waiting", value: undefined }), 500))]);
  }

  it.each(["text", "confirm", "select", "checkbox"] as const)("stops a %s question as Ctrl-C does (it waited for ever, or the process ended with 0)", async (kind) => {
    const { error } = await stopped(kind, "\u0004");
    expect(isPromptExit(error)).toBe(true);
  });

  it("is only a deletion within a typed answer, as in readline", async () => {
    // "abc", cursor to the start (Ctrl-A), Ctrl-D deletes the "a", Enter.
    const { error, value } = await stopped("text", "abc\u0001\u0004\r");
    expect(error).toBeUndefined();
    expect(value).toBe("bc");
  });
});

describe("a typed answer under TERM=dumb (readline then edits no line)", () => {
  // Put back as it was: assigning an unset TERM back would set it to the text "undefined".
  afterEach(() => { vi.unstubAllEnvs(); });

  /** The answer to one question of `kind`, its keys typed on a dumb terminal. */
  async function typedOnDumb(kind: "text" | "confirm", keys: string): Promise<unknown> {
    vi.stubEnv("TERM", "dumb");
    const input = new PassThrough();
    const output = new Writable({ write(_chunk, _enc, done) { done(); } });
    const asker = makeAsker("vi", { input, output });
    const pending = kind === "text" ? asker.text({ message: "Người trả lời" }) : asker.confirm({ message: "Thêm minh chứng khác?", default: true });
    await new Promise((r) => setTimeout(r, 20));
    input.write(keys);
    return pending;
  }

  it("Backspace is no letter of the answer (a DEL was saved, and the file refused as binary)", async () => {
    expect(await typedOnDumb("text", "Lê A\x7fB\n")).toBe("Lê B");
  });

  it("a yes/no answer corrected with Backspace is taken (it was asked again, for ever)", async () => {
    expect(await typedOnDumb("confirm", "c\x7fk\n")).toBe(false);
  }, 5000);
});

describe("a saved default kept with Enter", () => {
  it("is given back as saved: a note of several lines (written by hand, note: |) keeps its line breaks", async () => {
    const input = new PassThrough();
    const output = new Writable({ write(_chunk, _enc, done) { done(); } });
    const saved = "Dòng một\nDòng hai\twith a tab";
    const pending = makeAsker("vi", { input, output }).text({ message: "Ghi chú", default: saved });
    await new Promise((r) => setTimeout(r, 20));
    input.write("\n");
    expect(await pending).toBe(saved);
  });

  it("taken into the line with Tab and edited keeps every line of a saved note, joined as a paste is (only its last was kept)", async () => {
    const input = new PassThrough();
    const output = new Writable({ write(_chunk, _enc, done) { done(); } });
    const pending = makeAsker("vi", { input, output }).text({ message: "Ghi chú", default: "Dòng một\nDòng hai" });
    await new Promise((r) => setTimeout(r, 20));
    input.write("\t");
    await new Promise((r) => setTimeout(r, 20));
    input.write(" (sửa)\n");
    expect(await pending).toBe("Dòng một Dòng hai (sửa)");
  });

  it("is shown, not obeyed: a saved note's escape sequence reaches the screen as a mark, and Enter keeps the note as saved", async () => {
    const input = new PassThrough();
    let shown = "";
    const output = new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } });
    const saved = "Kế hoạch\x1b]0;pwned\x07 năm 2025";
    const pending = makeAsker("vi", { input, output }, false).text({ message: "Ghi chú", default: saved });
    await new Promise((r) => setTimeout(r, 20));
    input.write("\n");
    expect(await pending).toBe(saved);
    expect(shown).not.toContain("\x1b]0;");
    expect(shown).toContain("Kế hoạch␛]0;pwned␇ năm 2025");
  });

  it("taken into the line with Tab and not edited is the note as saved, its line breaks kept", async () => {
    const input = new PassThrough();
    const output = new Writable({ write(_chunk, _enc, done) { done(); } });
    const pending = makeAsker("vi", { input, output }).text({ message: "Ghi chú", default: "Dòng một\r\nDòng hai" });
    await new Promise((r) => setTimeout(r, 20));
    input.write("\t");
    await new Promise((r) => setTimeout(r, 20));
    input.write("\n");
    expect(await pending).toBe("Dòng một\r\nDòng hai");
  });
});

describe("a list answered by a key or a typed code", () => {
  // The list was left on the screen as last drawn, the cursor on another option: "❯ 1.1." above question 1.2.
  it.each([
    ["a question's code", "1.2\r", "✔ Chọn câu hỏi 1.2. Tỷ lệ phủ sóng"],
    ["? for later", "?\r", "✔ Chọn câu hỏi Trả lời sau"],
  ])("%s: the list gives way to the answered line, as Enter on an option gives", async (_, keys, line) => {
    const input = new PassThrough();
    let shown = "";
    // Never ended, as standard error is not by the prompt piped into it.
    const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns: 80, rows: 30, end: () => output });
    const choices = [{ value: 1, name: "1.1. Tỷ lệ người sử dụng" }, { value: 2, name: "1.2. Tỷ lệ phủ sóng" }, { value: 0, name: "Trả lời sau" }];
    const pending = makeAsker("vi", { input, output }, false).select({ message: "Chọn câu hỏi", choices, keys: { "?": 0 }, typed: (text) => (text === "1.2" ? 2 : undefined) });
    await new Promise((r) => setTimeout(r, 20));
    for (const key of keys) { input.write(key); await new Promise((r) => setTimeout(r, 5)); }
    await pending;
    // The screen as left: what follows the list's last drawing once its lines are erased.
    const last = shown.slice(shown.lastIndexOf("? Chọn câu hỏi"));
    const erased = last.lastIndexOf("\x1b[2K");
    expect(erased).toBeGreaterThan(-1);
    expect(last.slice(erased).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")).toContain(line);
  });
});

describe("a list of levels, digits typed with a pause between them", () => {
  // inquirer forgets digits 700 ms after the last key: 2, a pause, then 3 put its cursor on the third option
  // (Mức 2) while the typed line read 23, which named no level: Enter took the option under the cursor, or
  // assess refused "mức 23".
  it("reads the digit after the pause alone, as inquirer does, and Enter takes the level it names", async () => {
    const input = new PassThrough();
    const output = Object.assign(new Writable({ write(_chunk, _enc, done) { done(); } }), { isTTY: true, columns: 80, rows: 30, end: () => output });
    const choices = [0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), name: `Mức ${n}` }));
    const typed = (text: string) => (/^[0-5]$/u.test(text) ? text : undefined);
    const pending = makeAsker("vi", { input, output }, false).select({ message: "Giá trị", choices, typed });
    await new Promise((r) => setTimeout(r, 20));
    input.write("2");
    await new Promise((r) => setTimeout(r, 900));
    input.write("3");
    await new Promise((r) => setTimeout(r, 20));
    input.write("\r");
    expect(await pending).toBe("3");
  });
});

/**
 * `keys` typed at a list whose options' values are what `typed` takes, `gap` ms apart: the list as last drawn before
 * Enter, and what Enter then gave.
 */
async function typedAtList(message: string, choices: { value: string; name: string }[], keys: string, gap = 5): Promise<{ frame: string; answer: string }> {
  const input = new PassThrough();
  let shown = "";
  const output = Object.assign(new Writable({ write(chunk, _enc, done) { shown += String(chunk); done(); } }), { isTTY: true, columns: 80, rows: 80, end: () => output });
  const values = choices.map((c) => c.value);
  const pending = makeAsker("vi", { input, output }, false).select({ message, choices, typed: (text) => (values.includes(text) ? text : undefined) });
  await new Promise((r) => setTimeout(r, 20));
  for (const key of keys) { input.write(key); await new Promise((r) => setTimeout(r, gap)); }
  await new Promise((r) => setTimeout(r, 20));
  const frame = shown.slice(shown.lastIndexOf(`? ${message}`)).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "\n");
  input.write("\r");
  return { frame, answer: await pending };
}

const questions = (codes: string[]) => codes.map((c) => ({ value: c, name: `${c}. Câu ${c}` }));
const twelve = Array.from({ length: 12 }, (_, i) => `1.${i + 1}`);

describe("a list of questions, a code typed", () => {
  // The digits forgotten after 700 ms (as inquirer forgets them, for a level's 2, a pause, 3) made 4, a pause, .16
  // open 1.6: only digits that name an option are forgotten (hostile10).
  it("typed slowly, a key every 800 ms, still opens the question its code names", async () => {
    const codes = [12, 10, 20, 21].flatMap((n, s) => Array.from({ length: n }, (_, i) => `${s + 1}.${i + 1}`));
    const { frame, answer } = await typedAtList("Chọn câu hỏi", questions(codes), "4.16", 800);
    expect(frame).toContain("❯ 4.16. Câu 4.16");
    expect(answer).toBe("4.16");
  }, 10_000);

  // inquirer moved its cursor by the code's first digit and its prefix (1.10 left it on 1.1.) while Enter opened
  // 1.10: the screen pointed at another question (newcomer4).
  it("puts the cursor on the question the code names before Enter, and Enter takes it", async () => {
    const { frame, answer } = await typedAtList("Chọn câu hỏi", questions(twelve), "1.10");
    expect(frame).toContain("❯ 1.10. Câu 1.10");
    expect(answer).toBe("1.10");
  });
});

describe("a list of questions, a code typed then Backspace", () => {
  // 1.10 then Backspace left the cursor on 1.10 while Enter opened 1.1: the screen pointed at another question.
  it("puts the cursor on the question the code left names, and Enter takes it", async () => {
    const { frame, answer } = await typedAtList("Chọn câu hỏi", questions(twelve), "1.10\x7f");
    expect(frame).toContain("❯ 1.1. Câu 1.1\n");
    expect(answer).toBe("1.1");
  });
});

describe("a list whose options are their places, digits typed then Backspace", () => {
  // 12 then Backspace: inquirer emptied its line and left the cursor on 12 while Enter took 1.
  it("puts the cursor on the option the digits left name, and Enter takes it", async () => {
    const levels = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), name: `Mức ${i + 1}` }));
    const { frame, answer } = await typedAtList("Chọn mức", levels, "12\x7f");
    expect(frame).toContain("❯ Mức 1\n");
    expect(answer).toBe("1");
  });
});
