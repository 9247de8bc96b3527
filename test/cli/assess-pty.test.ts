import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { checkFiles } from "../../src/batch/score-files.js";
import { shellWord } from "../../src/cli/command-args.js";

/**
 * End to end through a real pseudo-terminal: util-linux `script` gives the built command a pty, we type
 * into it like an officer and read the screen, and kill it with SIGKILL halfway.
 */
const ROOT = process.cwd();
const BIN = path.join(ROOT, "bin/egov-score.js");
const RUBRIC = path.join(ROOT, "test/fixtures/rubrics/assess-mini.yaml");
// As the commands the tool suggests name it: quoted when the checkout's path has a space.
const RUBRIC_WORD = shellWord(RUBRIC);

/** A department's file of the test rubric, header filled, holding these answer lines. */
const miniFile = (answers: string[]) => ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-t, name: Sở T, type: department}", 'period: "2025"', "respondent: {name: Lê T, position: null, phone: null, email: null}", "answers:", ...answers, ""].join("\n");
const DOWN = "\x1b[B";
const dir = mkdtempSync(path.join(tmpdir(), "egov-pty-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

class Terminal {
  private output = "";
  /** Everything the terminal showed, escape sequences removed. */
  transcript = "";
  /** Everything the terminal showed, escape sequences kept. */
  raw = "";
  private readonly waiting: { text: string; resolve: () => void }[] = [];
  readonly exited: Promise<number>;
  readonly child: ChildProcess;

  /**
   * `columns`: the terminal's width (none by default: script's pty then says no width); `env`: more of the environment;
   * `limit`: a shell's ulimit option and value for the command (`-f 0`: every write refused, as on a full disk);
   * `cwd`: the folder it runs in.
   */
  constructor(args: string[], columns?: number, env: Record<string, string | undefined> = { NO_COLOR: "1" }, limit?: string, cwd = dir) {
    const exec = ["exec", process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const limited = limit === undefined ? exec : `ulimit ${limit} && ${exec}`;
    const command = columns === undefined ? limited : `stty cols ${columns} rows 40 && ${limited}`;
    // The terminal is stated, not inherited: under TERM=dumb Node's readline edits no line (Ctrl-U is typed as a letter).
    // FORCE_COLOR unset too: beside NO_COLOR, Node warns on standard error ("The 'NO_COLOR' env is ignored…"), a line on the screen.
    this.child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, env: { ...process.env, TERM: "xterm-256color", FORCE_COLOR: undefined, LC_ALL: "", LC_MESSAGES: "", LANG: "vi_VN.UTF-8", COLUMNS: "120", ...env } });
    // A letter cut between two reads is decoded whole (each read decoded alone would make it two U+FFFD).
    const decoder = new StringDecoder("utf8");
    this.child.stdout!.on("data", (chunk: Buffer) => {
      const decoded = decoder.write(chunk);
      this.raw += decoded;
      const text = decoded.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
      this.output += text;
      this.transcript += text;
      this.check();
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : -1))));
  }

  /**
   * Resolve when `text` has appeared since the last wait (or time out with the screen shown). 30 s: on a loaded
   * two-core machine the score table before the finish took over 15 s twice (the test then failed, not the tool).
   */
  async wait(text: string, ms = 30_000): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${this.output.slice(-1500)}`)), ms);
      this.waiting.push({ text, resolve: () => { clearTimeout(timer); resolve(); } });
      this.check();
    });
  }

  async answer(prompt: string, keys: string): Promise<void> {
    await this.wait(prompt);
    await new Promise((r) => setTimeout(r, 60));
    this.child.stdin!.write(keys);
  }

  /** At `prompt`, the menu (m), its sixth entry (continue, group, unanswered, change, flag → finish), and yes to finishing all the same. */
  async finishFromMenu(prompt: string): Promise<void> {
    await this.answer(prompt, "m\r");
    await this.answer("Menu", DOWN.repeat(5) + "\r");
    await this.answer("Vẫn hoàn thành và chấm điểm?", "c\r");
  }

  /** The egov-score process inside `script` (exec'd by its shell): the child whose parent is `script`, read from /proc. */
  commandPid(): number {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        if (ppid === this.child.pid) return Number(entry);
      } catch { /* the process ended meanwhile */ }
    }
    throw new Error("no process found under script");
  }

  get screen(): string { return this.output; }

  private check(): void {
    while (this.waiting.length > 0) {
      const first = this.waiting[0]!;
      const at = this.output.indexOf(first.text);
      if (at < 0) return;
      this.output = this.output.slice(at + first.text.length);
      this.waiting.shift();
      first.resolve();
    }
  }
}

const file = path.join(dir, "so-thu.yaml");
const args = ["assess", "so-thu.yaml", "--rubric", RUBRIC, "--agency-type", "department"];

describe("egov-score assess in a real terminal", () => {
  it("answers, survives SIGKILL with every completed answer saved, resumes and finishes", async () => {
    const t = new Terminal(args);
    await t.answer("Tên cơ quan", "Sở Thử nghiệm\r");
    await t.answer("Mã cơ quan", "so-thu\r");
    await t.answer("Kỳ đánh giá", "\r");
    await t.answer("Người trả lời", "Nguyễn Văn B\r");
    await t.answer("Chức vụ", "\r");
    await t.answer("Điện thoại", "\r");
    await t.answer("Thư điện tử", "\r");
    await t.answer("(c/k)", "có\r");
    await t.answer("Số hiệu văn bản", "12/QĐ-UBND\r");
    await t.answer("Ngày văn bản", "31/03/2025\r");
    await t.answer("Trích yếu", "\r");
    await t.answer("Đường dẫn", "\r");
    await t.answer("Thêm minh chứng khác?", "k\r");
    await t.answer("Ghi chú", "\r");
    await t.wait("+10,00 / 10 điểm");
    await t.answer("1.2. Số tin bài", "500\r");
    await t.answer("Ghi chú", "\r");
    await t.wait("1.3. Tỷ lệ văn bản ký số");
    await t.wait("Giá trị");
    process.kill(t.commandPid(), "SIGKILL");
    await t.exited;

    // Its first line says how to go on with it, with the rubric file it needs (not bundled).
    expect(readFileSync(file, "utf8").split("\n")[0]).toContain(`egov-score assess TỆP --rubric ${RUBRIC_WORD}`);
    // Killed mid-question: the file is whole, valid, and holds both completed answers.
    const killed = parse(readFileSync(file, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> };
    expect(killed.answers).toEqual({ "1.1": { value: true, evidence: [{ number: "12/QĐ-UBND", date: "2025-03-31" }] }, "1.2": { value: 500 } });
    expect(checkFiles([{ file }], { rubric: (await import("../../src/load/load-rubric.js")).loadRubric(RUBRIC) }).failures).toEqual([]);

    const r = new Terminal(args);
    await r.wait("đã trả lời 2/10 câu");
    await r.answer("1.3. Tỷ lệ văn bản ký số", "80\r");
    await r.answer("Ghi chú", "\r");
    await r.answer("1.4. Hồ sơ trực tuyến", "m\r");
    await r.answer("Menu", DOWN.repeat(5) + "\r"); // continue, group, unanswered, change, flag → finish
    // Seven questions left: asked once whether to finish all the same (the default is no).
    await r.answer("Còn 7 câu chưa trả lời. Vẫn hoàn thành và chấm điểm?", "c\r");
    // The interview counted every question; the table's completeness line leaves some out, and says so. It named a
    // line the table has not ("Đã trả lời"), and N/A answers counted apart where there was none.
    await r.wait("Đã trả lời 3/10 câu hỏi. Dòng «Phải trả lời» của bảng trên không tính 1 câu điểm thưởng hoặc chỉ thu thập thông tin.");
    await r.wait("Chưa trả lời: 1.4, 1.5, 2.1, 2.2, 2.3, 2.4");
    await r.wait("Hoàn thành:");
    expect(await r.exited).toBe(0);
    expect(r.transcript).not.toContain("đếm riêng");
    const finished = parse(readFileSync(file, "utf8"), { stringKeys: true });
    expect(finished.answers["1.3"]).toEqual({ value: 80 });
    // Questions left unanswered: not ready to send, the day it is sent is not asked.
    expect(finished.submitted).toBeUndefined();
    expect(r.transcript).not.toContain("Ngày gửi kết quả");
    // The total shown at the end is the one `egov-score score` gives for the written file.
    const shown = /Tổng điểm\s*│\s*([\d,]+)/.exec(r.transcript)?.[1];
    const scored = spawnSync(process.execPath, [BIN, "score", file, "--rubric", RUBRIC, "--format", "json"], { encoding: "utf8" });
    expect(shown).toBe(String(JSON.parse(scored.stdout).rubrics[0].agencies[0].score.total.toFixed(2)).replace(".", ","));
  }, 60_000);

  // As a typed question takes them (found by helper officer7): a list read no such key, and the Enter after it
  // picked the option under the cursor, saved: at a choice the first (full marks), at a checklist "None of them".
  it("? then Enter at a choice or a checklist leaves it for later, m then Enter opens the menu: nothing saved", async () => {
    const lists = path.join(dir, "lists.yaml");
    writeFileSync(lists, `rubric: {id: assess-mini, version: "1"}\nagency: {id: so-lists, name: "Sở Danh sách", type: department}\nperiod: "2025"\nrespondent: {name: "Nguyễn Văn B", position: null, phone: null, email: null}\nanswers:\n  "1.1": {value: false}\n  "1.2": {value: 3}\n  "1.3": {value: 5}\n  "1.4": {value: {a: 1, b: 2}}\n`);
    const t = new Terminal(["assess", "lists.yaml", "--rubric", RUBRIC]);
    await t.wait("1.5. ");
    await t.answer("Giá trị", "?\r");
    await t.wait("2.1. ");
    await t.answer("Giá trị", "?\r");
    await t.wait("2.2. ");
    await t.answer("Giá trị", "m\r");
    await t.answer("Menu", "\x03");
    expect(await t.exited).toBe(130);
    const answers = (parse(readFileSync(lists, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> }).answers;
    expect(Object.keys(answers)).toEqual(["1.1", "1.2", "1.3", "1.4"]);
  }, 60_000);

  it("at 80 columns, what it says is wrapped at spaces, not cut inside a word at the terminal's edge", async () => {
    const t = new Terminal(["assess", "wrapped.yaml", "--rubric", path.join(ROOT, "rubrics/dti-cap-so.yaml"), "--agency-type", "department"], 80);
    await t.answer("Tên cơ quan", "Sở Khoa học và Công nghệ tỉnh Quảng Bình\r");
    await t.answer("Mã cơ quan", "qb-wrap\r");
    await t.answer("Kỳ đánh giá", "\r");
    await t.answer("Người trả lời", "Nguyễn Văn B\r");
    for (const prompt of ["Chức vụ", "Điện thoại", "Thư điện tử"]) await t.answer(prompt, "\r");
    await t.wait("1.1. ");
    await t.answer("(", "\x03");
    await t.wait("Tiếp tục: egov-score assess");
    expect(await t.exited).toBe(130);
    // Its own lines: the rubric's (125 letters), the question's, the last ones; not the prompts' (inquirer's). A
    // prompt drawn again (its cursor moved up, the escape removed) continues the line its last draw ended on: cut there.
    const said = t.transcript.split(/\r?\n/).flatMap((l) => l.split(/(?<=\S)(?=[?✔] )/)).filter((l) => !/^[?✔❯>]/.test(l.trim()));
    expect(said.join("\n")).toMatch(/^Bộ chỉ số: Bộ chỉ số đánh giá chuyển đổi số .*\n {2}\S/);
    expect(said.some((l) => l.startsWith("1.1. "))).toBe(true);
    for (const line of said) expect([...line].length, line).toBeLessThan(80);
  }, 60_000);

  it("finishing a file ready to send asks the day it is sent; a day before its evidence is asked again unless confirmed", async () => {
    const complete = path.join(dir, "so-khcn.yaml");
    writeFileSync(complete, readFileSync(path.join(ROOT, "examples/so-khcn-quang-binh.yaml"), "utf8"));
    const t = new Terminal(["assess", "so-khcn.yaml", "--rubric", path.join(ROOT, "rubrics/dti-cap-so.yaml")]);
    await t.answer("Menu", "\r"); // every question answered: the cursor starts on finish
    // After the score: the day already written is kept by Enter; "another day" is the third choice.
    await t.wait("Tổng điểm");
    await t.answer("Ngày gửi kết quả tự đánh giá về đơn vị tổng hợp", DOWN + DOWN + "\r");
    await t.answer("Ngày gửi (ngày/tháng/năm, ví dụ 25/09/2025)", "\u0015" + "01/09/2025\r");
    // Evidence of 15/09/2025 is later: the date is the likelier slip, asked again (Enter: no, it is not right).
    await t.answer("ngày gửi có đúng không?", "\r");
    await t.answer("Ngày gửi kết quả tự đánh giá về đơn vị tổng hợp", DOWN + DOWN + "\r");
    await t.answer("Ngày gửi (ngày/tháng/năm, ví dụ 25/09/2025)", "\u0015" + "26/09/2025\r");
    await t.wait("Hoàn thành:");
    expect(await t.exited).toBe(0);
    expect(t.transcript).toMatch(/\d+ minh chứng ghi ngày sau ngày gửi 01\/09\/2025 \(/);
    expect(parse(readFileSync(complete, "utf8"), { stringKeys: true }).submitted).toBe("2025-09-26");
  }, 60_000);

  it("a date that cannot be saved (the file broken by a hand edit meanwhile) is said, and the session still ends as finished", async () => {
    const complete = path.join(dir, "so-khcn-edited.yaml");
    writeFileSync(complete, readFileSync(path.join(ROOT, "examples/so-khcn-quang-binh.yaml"), "utf8"));
    const t = new Terminal(["assess", "so-khcn-edited.yaml", "--rubric", path.join(ROOT, "rubrics/dti-cap-so.yaml")]);
    await t.answer("Menu", "\r"); // every question answered: finish
    await t.wait("Ngày gửi kết quả tự đánh giá về đơn vị tổng hợp");
    writeFileSync(complete, "answers: [\n");
    await t.answer("Hôm nay", DOWN + "\r");
    await t.wait("Chưa ghi được ngày gửi vào so-khcn-edited.yaml (tệp vừa bị sửa ngoài egov-score và nay không dùng được)");
    await t.wait("Hoàn thành:");
    expect(await t.exited).toBe(0);
    // The hand edit is left as it is, not written over.
    expect(readFileSync(complete, "utf8")).toBe("answers: [\n");
  }, 60_000);

  it.each([
    ["its rubric: line deleted", "so-khcn-quang-binh", "", "không ghi bộ chỉ số: đã thêm dòng rubric: {id: dti-cap-so, version: \"2025.1\"} ở đầu tệp"],
    ['rubric: "" (it was rubric "" not bundled)', "so-khcn-quang-binh", 'rubric: ""\n', "để trống dòng rubric: đã ghi thành rubric: {id: dti-cap-so, version: \"2025.1\"}"],
    // A commune's file is answered with the commune rubric, its agency type's (it was answered with the default's).
    ["a commune's, its rubric: line deleted", "xa-can-giuoc-tay-ninh", "", "không ghi bộ chỉ số: đã thêm dòng rubric: {id: dti-cap-xa, version: \"2025.2\"} ở đầu tệp"],
  ])("a file that names no rubric (%s) gets the line of the rubric it is answered with, said, under the file's top comments; nothing else changes (it was an error no question mends)", async (_, name, line, said) => {
    const example = readFileSync(path.join(ROOT, `examples/${name}.yaml`), "utf8");
    const unnamed = path.join(dir, "so-khcn-unnamed.yaml");
    writeFileSync(unnamed, example.replace(/^rubric:.*\n/m, line));
    const t = new Terminal(["assess", "so-khcn-unnamed.yaml"]);
    await t.answer("Menu", DOWN + "\r"); // every question answered, the cursor on finish: quit is next
    expect(await t.exited).toBe(0);
    expect(t.transcript.replace(/\s+/g, " ")).toContain(`so-khcn-unnamed.yaml ${said}`);
    expect(t.transcript).not.toContain("missing-field");
    expect(readFileSync(unnamed, "utf8")).toBe(example);
  }, 60_000);

  it("a day sent written by hand as no day (2025-13-01) is asked at the finish, the one error no question mends", async () => {
    const broken = path.join(dir, "so-khcn-bad-date.yaml");
    writeFileSync(broken, readFileSync(path.join(ROOT, "examples/so-khcn-quang-binh.yaml"), "utf8").replace('submitted: "2025-09-25"', 'submitted: "2025-13-01"'));
    const t = new Terminal(["assess", "so-khcn-bad-date.yaml", "--rubric", path.join(ROOT, "rubrics/dti-cap-so.yaml")]);
    // Resuming said "errors the questions cannot mend: fix them in the file", then Finish asked the day (found by helper officer8).
    await t.wait("Ngày gửi trong tệp không phải là một ngày (ở trên): sẽ được hỏi lại khi chọn Hoàn thành");
    await t.answer("Menu", "\r"); // every question answered: finish
    // The score first, then the day (it was asked before the score was shown).
    await t.wait("Tổng điểm");
    await t.wait("Ngày gửi trong tệp (\"2025-13-01\") không phải là một ngày: hãy chọn lại");
    await t.answer("Ngày gửi kết quả tự đánh giá về đơn vị tổng hợp", DOWN + DOWN + "\r"); // not sent, today, another day
    await t.answer("Ngày gửi (ngày/tháng/năm, ví dụ 25/09/2025)", "20/09/2025\r");
    await t.wait("Hoàn thành:");
    expect(await t.exited).toBe(0);
    expect(readFileSync(broken, "utf8")).toContain('submitted: "2025-09-20"');
  }, 60_000);

  it("an answer under a code the corrected rubric re-coded (1.6 → 1.7) is shown where the file has it and moved when chosen, with its evidence", async () => {
    const recoded = path.join(dir, "dti-cap-so-2025.2.yaml");
    writeFileSync(recoded, readFileSync(path.join(ROOT, "rubrics/dti-cap-so.yaml"), "utf8").replace('version: "2025.1"', 'version: "2025.2"').replace('- code: "1.6"', '- code: "1.7"'));
    const stale = path.join(dir, "so-khcn-recoded.yaml");
    const text = readFileSync(path.join(ROOT, "examples/so-khcn-quang-binh.yaml"), "utf8").replace('version: "2025.1"', 'version: "2025.2"');
    writeFileSync(stale, text);
    const line = text.split("\n").indexOf('  "1.6":') + 1;
    const t = new Terminal(["assess", "so-khcn-recoded.yaml", "--rubric", recoded], 200);
    await t.wait(`so-khcn-recoded.yaml:${line}:3`);
    await t.answer("Xử lý câu trả lời 1.6 thế nào?", "\r"); // the first choice: move it to 1.7
    await t.wait("Đã chuyển 1.6 sang 1.7 · đã lưu");
    await t.answer("Menu", "\r"); // every question answered: the cursor starts on finish
    await t.answer("Ngày gửi kết quả tự đánh giá về đơn vị tổng hợp", "\r");
    await t.wait("Hoàn thành:");
    expect(await t.exited).toBe(0);
    expect(t.transcript).toContain("Chuyển sang 1.7. Tự đánh giá mức độ trưởng thành chuyển đổi số của cơ quan: Mức 3 — Hình thành, kèm 1 minh chứng");
    // Nothing else in the file changed: the key renamed where it stood.
    expect(readFileSync(stale, "utf8")).toBe(text.replace('  "1.6":', '  "1.7":'));
  }, 60_000);

  /**
   * Two versions of one rubric in folders side by side, as a province sends them: version 2 drops 1.2 (a count) and
   * adds 1.8 (a percentage). A file answered against version 1, in their parent folder.
   */
  function twoVersions(name: string): { v2: string; file: string; text: string } {
    const folder = mkdtempSync(path.join(dir, "phien-ban-"));
    const v1Text = readFileSync(RUBRIC, "utf8").replace("id: assess-mini", "id: mini-doi");
    const v2Text = v1Text.replace('version: "1"', 'version: "2"')
      .replace('      - code: "1.2"\n        title: {vi: "Số tin bài", en: "News items"}\n        max: 10\n        input: {type: count}\n        rule: {type: piecewise, points: [[0, 0], [1000, 10]]}\n', "")
      .replace('  - code: "2"\n', '      - code: "1.8"\n        title: {vi: "Tỷ lệ hồ sơ số hóa", en: "Digitised records share"}\n        max: 10\n        input: {type: percent}\n        rule: {type: ratio}\n  - code: "2"\n');
    for (const [v, text] of [["v1", v1Text], ["v2", v2Text]] as const) { spawnSync("mkdir", [path.join(folder, v)]); writeFileSync(path.join(folder, v, "rubric.yaml"), text); }
    const text = miniFile(['  "1.1": {value: false}', '  "1.2": {value: 6}', '  "1.3": {value: 50}']).replace("id: assess-mini", "id: mini-doi");
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return { v2: path.join(folder, "v2", "rubric.yaml"), file, text };
  }

  it("a file of the earlier version of the same rubric: what the move changes is said, and it is moved when the officer says yes", async () => {
    const { v2, file, text } = twoVersions("chuyen.yaml");
    const t = new Terminal(["assess", file, "--rubric", v2], 200);
    await t.wait("giữ nguyên 2 câu trả lời: 1.1, 1.3");
    await t.wait("1.2: phiên bản 2 không còn chỉ số này");
    await t.wait("chỉ số mới cần trả lời: 1.8");
    await t.answer("(c/K)", "c\r");
    await t.wait("Đã ghi phiên bản 2 vào");
    await t.answer("Xử lý câu trả lời 1.2 thế nào?", "\x03");
    expect(await t.exited).toBe(130);
    expect(t.transcript).not.toContain("rubric-version-mismatch");
    // 1.2 counted; 1.8 takes a percentage: not offered there.
    expect(t.transcript).not.toContain("Chuyển sang 1.8");
    expect(readFileSync(file, "utf8")).toBe(text.replace('version: "1"', 'version: "2"'));
  }, 60_000);

  // Ctrl-C at "Move … to version 2?" (a collector trying the command score's hint gives) was "Lỗi nội bộ: User force
  // closed the prompt with SIGINT … báo lỗi": the question stood before the session's own handling of Ctrl-C.
  it("Ctrl-C at the question whether to move the file: stopped, the file left as it was, no internal error", async () => {
    const { v2, file, text } = twoVersions("dung.yaml");
    const t = new Terminal(["assess", file, "--rubric", v2], 200);
    await t.answer("(c/K)", "\x03");
    expect(await t.exited).toBe(130);
    expect(t.transcript).not.toContain("Lỗi nội bộ");
    expect(t.transcript).toContain(`Đã dừng; ${file} để nguyên, vẫn trả lời phiên bản 1.`);
    expect(readFileSync(file, "utf8")).toBe(text);
  }, 60_000);

  // Kept under its old code, 1.2's answer was read as whatever 1.2 names in the new version: the move was refused
  // (exit 1), leaving the officer to rename the answers by hand.
  it("a version that renumbers an indicator the file answers: said, and the move carries the answer to its new code", async () => {
    const { v2, file, text } = twoVersions("so-lai.yaml");
    // 1.8 (a percentage) becomes 1.2 under the code 1.9: the same title, so the same indicator renumbered.
    writeFileSync(v2, readFileSync(v2, "utf8").replace('      - code: "1.8"\n        title: {vi: "Tỷ lệ hồ sơ số hóa", en: "Digitised records share"}\n        max: 10\n        input: {type: percent}\n        rule: {type: ratio}\n', '      - code: "1.9"\n        title: {vi: "Số tin bài", en: "News items"}\n        max: 10\n        input: {type: count}\n        rule: {type: piecewise, points: [[0, 0], [1000, 10]]}\n'));
    const t = new Terminal(["assess", file, "--rubric", v2], 200);
    await t.wait("1.2 → 1.9: phiên bản 2 đánh số lại chỉ số này; khi chuyển, câu trả lời của chỉ số đó được ghi sang số mới");
    await t.answer("(c/K)", "c\r");
    await t.wait("Câu trả lời đã sang số mới: 1.2 → 1.9");
    // The first question asked after the move is the first unanswered one: none about 1.2's answer, which has its place.
    await t.answer("Hồ sơ trực tuyến", "\x03");
    expect(await t.exited).toBe(130);
    expect(t.transcript).toContain("giữ nguyên 2 câu trả lời: 1.1, 1.3");
    expect(t.transcript).not.toContain("Xử lý câu trả lời 1.2 thế nào?");
    expect(readFileSync(file, "utf8")).toBe(text.replace('version: "1"', 'version: "2"').replace('  "1.2": {value: 6}', '  "1.9": {value: 6}'));
  }, 60_000);

  // Moved, init's "# ═══ 1. Nhóm một (50 điểm)" stood above the new version's questions, the old group's title and max.
  it("moved, init's group headings are written for the new version; the officer's own lines stay", async () => {
    const folder = mkdtempSync(path.join(dir, "tieu-de-"));
    const [v1, v2, file] = ["v1.yaml", "v2.yaml", "so-tieu-de.yaml"].map((name) => path.join(folder, name)) as [string, string, string];
    const v1Text = readFileSync(RUBRIC, "utf8").replace("id: assess-mini", "id: mini-tieu-de");
    writeFileSync(v1, v1Text);
    writeFileSync(v2, v1Text.replace('version: "1"', 'version: "2"').replace("scale: 100", "scale: 110")
      .replace('title: {vi: "Nhóm một", en: "Group one"}\n    max: 50', 'title: {vi: "Nhóm thứ nhất", en: "First group"}\n    max: 60')
      .replace('title: {vi: "Trưởng ban", en: "Head"}\n        max: 10', 'title: {vi: "Trưởng ban", en: "Head"}\n        max: 20'));
    expect(spawnSync(process.execPath, [BIN, "init", "--rubric", v1, "-t", "department", "--lang", "vi", "-o", file]).status).toBe(0);
    const text = readFileSync(file, "utf8").replace("  # ═══ 2. Nhóm hai (50 điểm)\n", "  # ═══ 2. Nhóm hai (50 điểm)\n  # 2. Nhóm hai: hỏi lại anh Nam\n");
    writeFileSync(file, text);
    const t = new Terminal(["assess", file, "--rubric", v2], 200);
    await t.wait("nhóm 1: 50 → 60");
    await t.answer("(c/K)", "c\r");
    await t.wait("Đã ghi phiên bản 2 vào");
    await t.answer("Tên cơ quan", "\x03");
    expect(await t.exited).toBe(130);
    // init's lines at the top name the new version, its schema and its rubric file too; the block above 1.5, its new max.
    expect(readFileSync(file, "utf8")).toBe(text.replace('version: "1"', 'version: "2"').replace("  # ═══ 1. Nhóm một (50 điểm)\n", "  # ═══ 1. Nhóm thứ nhất (60 điểm)\n")
      .replace("  # 1.5. Trưởng ban (tối đa 10 điểm)\n", "  # 1.5. Trưởng ban (tối đa 20 điểm)\n")
      .replace("mini-tieu-de-1.agency", "mini-tieu-de-2.agency").replace("(mini-tieu-de 1)", "(mini-tieu-de 2)").replaceAll(v1, v2));
  }, 60_000);

  // Moved, init's first line named mini-so-do-2.agency.schema.json, which nothing wrote: the editor reported it missing.
  it.each([
    ["none there", undefined, "Đã ghi"],
    ["another file of that name kept", "{}\n", "Giữ nguyên"],
  ])("moved, the schema init's first line now names is written beside the file as init writes it: %s", async (_, there, said) => {
    const folder = mkdtempSync(path.join(dir, "so-do-"));
    const [v1, v2, file] = ["v1.yaml", "v2.yaml", "so-so-do.yaml"].map((name) => path.join(folder, name)) as [string, string, string];
    const v1Text = readFileSync(RUBRIC, "utf8").replace("id: assess-mini", "id: mini-so-do");
    writeFileSync(v1, v1Text);
    writeFileSync(v2, v1Text.replace('version: "1"', 'version: "2"').replace('title: {vi: "Nhóm một", en: "Group one"}', 'title: {vi: "Nhóm thứ nhất", en: "First group"}'));
    expect(spawnSync(process.execPath, [BIN, "init", "--rubric", v1, "-t", "department", "--lang", "vi", "-o", file]).status).toBe(0);
    const schema = path.join(folder, "mini-so-do-2.agency.schema.json");
    if (there !== undefined) writeFileSync(schema, there);
    const t = new Terminal(["assess", file, "--rubric", v2], 250);
    await t.answer("(c/K)", "c\r");
    await t.wait(said);
    await t.answer("Tên cơ quan", "\x03");
    expect(await t.exited).toBe(130);
    expect(readFileSync(file, "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=./mini-so-do-2.agency.schema.json");
    expect(readFileSync(schema, "utf8")).toBe(there ?? spawnSync(process.execPath, [BIN, "schema", "agency", "--rubric", v2]).stdout.toString());
    // The earlier version's, which other files may name, stays; no temporary file is left.
    expect(readdirSync(folder).sort()).toEqual(["mini-so-do-1.agency.schema.json", "mini-so-do-2.agency.schema.json", "so-so-do.yaml", "v1.yaml", "v2.yaml"]);
  }, 60_000);

  // A file init wrote for departments kept group 1's heading and blank answers once moved to a version asking group 1 of communes only.
  it("moved, init's blank answers and heading of a group no longer asked of the file's type are dropped", async () => {
    const folder = mkdtempSync(path.join(dir, "nhom-bo-"));
    const [v1, v2, file] = ["v1.yaml", "v2.yaml", "so-nhom-bo.yaml"].map((name) => path.join(folder, name)) as [string, string, string];
    const v1Text = readFileSync(RUBRIC, "utf8").replace("id: assess-mini", "id: mini-nhom-bo");
    writeFileSync(v1, v1Text);
    writeFileSync(v2, v1Text.replace('version: "1"', 'version: "2"').replace('title: {vi: "Nhóm một", en: "Group one"}\n    max: 50\n', 'title: {vi: "Nhóm một", en: "Group one"}\n    max: 50\n    applies_to: [commune]\n'));
    expect(spawnSync(process.execPath, [BIN, "init", "--rubric", v1, "-t", "department", "--lang", "vi", "-o", file]).status).toBe(0);
    const text = readFileSync(file, "utf8");
    const t = new Terminal(["assess", file, "--rubric", v2], 250);
    await t.answer("(c/K)", "c\r");
    await t.wait("Đã ghi phiên bản 2 vào");
    await t.answer("Tên cơ quan", "\x03");
    expect(await t.exited).toBe(130);
    const after = readFileSync(file, "utf8");
    expect(after).not.toContain("Nhóm một");
    expect(after.slice(after.indexOf("answers:"))).toBe(text.slice(text.indexOf("answers:")).replace(/\n\n {2}# ═══ 1\.[^]*?(?=\n\n {2}# ═══ 2\.)/, ""));
  }, 60_000);

  // A file init wrote for any type, its type filled in, was told only "giữ nguyên 1 câu trả lời: 2.2" and lost group 1's
  // blanks unsaid: the questions no longer asked of its type are said before the move is confirmed, as taken out.
  it("the move says the blanks it takes out, of questions the new version no longer asks of the file's type", async () => {
    const folder = mkdtempSync(path.join(dir, "trong-bo-"));
    const [v1, v2, file] = ["v1.yaml", "v2.yaml", "so-trong-bo.yaml"].map((name) => path.join(folder, name)) as [string, string, string];
    const v1Text = readFileSync(RUBRIC, "utf8").replace("id: assess-mini", "id: mini-trong-bo");
    writeFileSync(v1, v1Text);
    writeFileSync(v2, v1Text.replace('version: "1"', 'version: "2"').replace('title: {vi: "Nhóm một", en: "Group one"}\n    max: 50\n', 'title: {vi: "Nhóm một", en: "Group one"}\n    max: 50\n    applies_to: [commune]\n'));
    expect(spawnSync(process.execPath, [BIN, "init", "--rubric", v1, "--lang", "vi", "-o", file]).status).toBe(0);
    const filled = readFileSync(file, "utf8").replace(/\n  id: +#/, "\n  id: so-t  #").replace(/\n  name: +# tên cơ quan/, "\n  name: Sở T  # tên cơ quan").replace(/\n  type: +#/, "\n  type: department  #")
      .replace(/\n  name: +# họ và tên/, "\n  name: Lê T  # họ và tên").replace('  "2.2":\n    value:\n', '  "2.2":\n    value: 3\n');
    writeFileSync(file, filled);
    const said = "  - giữ nguyên 1 câu trả lời: 2.2\r\n  - 1.1, 1.2, 1.3, 1.4, 1.5: phiên bản 2 không còn hỏi các câu này với loại cơ quan «Sở»; khi chuyển, các câu này (còn để trống, chưa trả lời) được bỏ khỏi tệp, không mất gì\r\n";
    // Said before the question, the file as it was: declined, nothing changes.
    const declined = new Terminal(["assess", file, "--rubric", v2], 250);
    await declined.answer("(c/K)", "\r");
    expect(await declined.exited).toBe(1);
    expect(declined.transcript).toContain(said);
    expect(readFileSync(file, "utf8")).toBe(filled);
    const t = new Terminal(["assess", file, "--rubric", v2], 250);
    await t.wait(said);
    await t.answer("(c/K)", "c\r");
    await t.wait("Đã ghi phiên bản 2 vào");
    await t.answer("2.1.", "\x03");
    expect(await t.exited).toBe(130);
    const after = readFileSync(file, "utf8");
    expect(after).not.toMatch(/"1\.[1-5]"/);
    expect(after).toContain('  "2.2":\n    value: 3\n');
  }, 60_000);

  // A file fresh from init was told "10 answers are kept: 1.1, 1.2, …, 2.5": its blanks, those of group 1, which the move
  // drops, among them. Only entries holding an answer (a value, N/A, a note) are said kept.
  it("the move says only answers as kept, not init's blanks; a file with none says it holds no answer yet", async () => {
    const folder = mkdtempSync(path.join(dir, "chua-tra-loi-"));
    const [v1, v2, fresh, half] = ["v1.yaml", "v2.yaml", "so-moi.yaml", "so-mot-nua.yaml"].map((name) => path.join(folder, name)) as [string, string, string, string];
    const v1Text = readFileSync(RUBRIC, "utf8").replace("id: assess-mini", "id: mini-trong");
    writeFileSync(v1, v1Text);
    writeFileSync(v2, v1Text.replace('version: "1"', 'version: "2"').replace('title: {vi: "Nhóm một", en: "Group one"}\n    max: 50\n', 'title: {vi: "Nhóm một", en: "Group one"}\n    max: 50\n    applies_to: [commune]\n'));
    expect(spawnSync(process.execPath, [BIN, "init", "--rubric", v1, "-t", "department", "--lang", "vi", "-o", fresh]).status).toBe(0);
    const blank = readFileSync(fresh, "utf8");
    writeFileSync(half, blank.replace('  "1.2":\n    value:\n', '  "1.2":\n    value:\n    note: hỏi lại văn phòng\n').replace('  "2.2":\n    value:\n', '  "2.2":\n    value: 3\n').replace('  "2.3":\n    value:\n', '  "2.3":\n    value: "?"\n'));
    const first = new Terminal(["assess", fresh, "--rubric", v2], 250);
    await first.answer("(c/K)", "\r");
    expect(await first.exited).toBe(1);
    expect(first.transcript).toContain("Chuyển tệp sang phiên bản 2 thì:\r\n  - tệp chưa có câu trả lời nào: không mất gì\r\n");
    expect(first.transcript).not.toContain("giữ nguyên");
    const second = new Terminal(["assess", half, "--rubric", v2, "--lang", "en"], 250);
    await second.answer("(y/N)", "\r");
    expect(await second.exited).toBe(1);
    // 1.2, a note only, is in group 1, which version 2 no longer asks of departments: said apart, not as kept.
    expect(second.transcript).toContain("  - 1 answer is kept: 2.2\r\n  - 1.2: version 2 does not ask it of the agency type “Department”");
    expect(second.transcript).not.toContain("holds no answer");
    // en said "Moved to version 2:", as if done, before the question; vi says "Chuyển tệp sang phiên bản 2 thì:" (if moved).
    const intro = second.transcript.indexOf("If the file is moved to version 2:\r\n  - 1 answer is kept");
    expect(intro).toBeGreaterThan(-1);
    expect(intro).toBeLessThan(second.transcript.indexOf("to version 2? (y/N)"));
  }, 60_000);

  // init, run in the parent folder, wrote "validate phien-ban-…/moi.yaml"; assess, run in that folder, put its own
  // --rubric v2/rubric.yaml beside that path: the moved file's commands worked from neither folder.
  it.each([["en", "Check: egov-score validate"], ["vi", "Kiểm tra: egov-score validate"]])("moved (%s), init's commands name the file and the rubric both as seen from where assess ran", async (lang, check) => {
    const { file } = twoVersions(`moi-${lang}.yaml`);
    const folder = path.dirname(file), name = path.basename(file);
    const fromParent = (p: string) => path.relative(dir, p);
    expect(spawnSync(process.execPath, [BIN, "init", "--rubric", fromParent(path.join(folder, "v1", "rubric.yaml")), "-t", "department", "--lang", lang, "-o", fromParent(file), "--force"], { cwd: dir }).status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain(`${check} ${fromParent(file)} --rubric ${fromParent(folder)}/v1/rubric.yaml`);
    const t = new Terminal(["assess", name, "--rubric", "v2/rubric.yaml", "--lang", lang], 250, undefined, undefined, folder);
    await t.answer(lang === "en" ? "(y/N)" : "(c/K)", lang === "en" ? "y\r" : "c\r");
    await t.answer(lang === "en" ? "Agency name" : "Tên cơ quan", "\x03");
    expect(await t.exited).toBe(130);
    expect(readFileSync(file, "utf8")).toContain(`${check} ${name} --rubric v2/rubric.yaml · `);
    // The command as written runs there: the file and the rubric found (a blank file is invalid, exit 1, not unusable, 2).
    expect(spawnSync(process.execPath, [BIN, "validate", name, "--rubric", "v2/rubric.yaml"], { cwd: folder }).status).toBe(1);
  }, 60_000);

  // init's empty 1.2 of a dropped indicator was said "1.2: version 2 has no such indicator; … (Enter: kept aside as a
  // comment …)" beside "the file holds no answer yet", then asked about after the move: it is taken out with the move.
  it("moved, init's blank of an indicator the new version dropped is taken out, neither said nor asked about", async () => {
    const { v2, file } = twoVersions("bo-trong.yaml");
    expect(spawnSync(process.execPath, [BIN, "init", "--rubric", path.join(path.dirname(v2), "..", "v1", "rubric.yaml"), "-t", "department", "--lang", "vi", "-o", file, "--force"]).status).toBe(0);
    const t = new Terminal(["assess", file, "--rubric", v2], 250);
    await t.wait("tệp chưa có câu trả lời nào: không mất gì");
    await t.answer("(c/K)", "c\r");
    await t.answer("Tên cơ quan", "\x03");
    expect(await t.exited).toBe(130);
    expect(t.transcript).not.toContain("1.2: phiên bản 2 không còn chỉ số này");
    const after = readFileSync(file, "utf8");
    expect(after).not.toContain('"1.2"');
    expect(after).not.toContain("Số tin bài");
    expect(after).toContain('  "1.3":\n    value:\n');
  }, 60_000);

  // The moved file showed nothing of the new 1.8: assess asked it, an officer editing the file by hand saw no question.
  it("moved, a file fresh from init is the file init writes for the new version: the added indicator's block and blank where init puts it", async () => {
    const { v2, file } = twoVersions("them-moi.yaml");
    const init = (rubric: string) => expect(spawnSync(process.execPath, [BIN, "init", "--rubric", rubric, "-t", "department", "--lang", "vi", "-o", file, "--force"]).status).toBe(0);
    init(path.join(path.dirname(v2), "..", "v1", "rubric.yaml"));
    const t = new Terminal(["assess", file, "--rubric", v2], 250);
    await t.wait("chỉ số mới cần trả lời: 1.8");
    await t.answer("(c/K)", "c\r");
    await t.answer("Tên cơ quan", "\x03");
    expect(await t.exited).toBe(130);
    const after = readFileSync(file, "utf8");
    init(v2);
    expect(after).toBe(readFileSync(file, "utf8"));
    expect(after).toContain('  # 1.8. Tỷ lệ hồ sơ số hóa (tối đa 10 điểm)\n  #   Trả lời: ');
  }, 60_000);

  it("declined (Enter: no), the file is left as it was, saying how to move it or go on with its own version", async () => {
    const { v2, file, text } = twoVersions("giu.yaml");
    const t = new Terminal(["assess", file, "--rubric", v2], 200);
    await t.answer("(c/K)", "\r");
    expect(await t.exited).toBe(1);
    expect(t.transcript).toContain("để tiếp tục phiên bản 1: --rubric TỆP của phiên bản 1");
    expect(t.transcript).not.toContain("chọn đúng bộ chỉ số bằng --rubric TỆP");
    expect(readFileSync(file, "utf8")).toBe(text);
  }, 60_000);

  // Its own version is the bundled one: "--rubric TỆP của phiên bản 2025.1" sent the officer looking for a file egov-score has.
  it("declined, a file of the bundled version is told the command that goes on with it", async () => {
    const v2 = path.join(dir, "dti-cap-so-2026.1.yaml");
    writeFileSync(v2, readFileSync(path.join(ROOT, "rubrics/dti-cap-so.yaml"), "utf8").replace('version: "2025.1"', 'version: "2026.1"'));
    const file = path.join(dir, "so-giu-ban-cu.yaml");
    const text = readFileSync(path.join(ROOT, "examples/so-khcn-quang-binh.yaml"), "utf8");
    writeFileSync(file, text);
    const t = new Terminal(["assess", "so-giu-ban-cu.yaml", "--rubric", v2], 250);
    await t.answer("(c/K)", "\r");
    expect(await t.exited).toBe(1);
    expect(t.transcript.replace(/\s+/g, " ")).toContain("để tiếp tục phiên bản 2025.1 (có sẵn trong egov-score): egov-score assess so-giu-ban-cu.yaml --rubric dti-cap-so");
    expect(readFileSync(file, "utf8")).toBe(text);
  }, 60_000);

  it("a file found from the agency code typed (no FILE), of the earlier version: offered the move as with FILE, not refused with --rubric TỆP", async () => {
    const { v2, text } = twoVersions("khong-dung.yaml");
    // AGENCY-CODE.yaml in the folder the officer works in.
    const taken = path.join(dir, "so-ma-cu.yaml");
    writeFileSync(taken, text);
    const noFile = ["assess", "--rubric", v2, "--agency-type", "department"];
    const declined = new Terminal(noFile, 200);
    await declined.answer("Mã cơ quan", "so-ma-cu\r");
    await declined.wait("giữ nguyên 2 câu trả lời: 1.1, 1.3");
    await declined.answer("(c/K)", "\r");
    expect(await declined.exited).toBe(1);
    expect(declined.transcript).toContain("để tiếp tục phiên bản 1: --rubric TỆP của phiên");
    expect(declined.transcript).not.toContain("chọn đúng bộ chỉ số bằng --rubric TỆP");
    expect(readFileSync(taken, "utf8")).toBe(text);

    const accepted = new Terminal(noFile, 200);
    await accepted.answer("Mã cơ quan", "so-ma-cu\r");
    await accepted.answer("(c/K)", "c\r");
    await accepted.wait("Đã ghi phiên bản 2 vào");
    // Moved, it is resumed (not asked again), with the earlier version known: 1.2 counted, 1.8 a percentage, not offered.
    await accepted.answer("Xử lý câu trả lời 1.2 thế nào?", "\x03");
    expect(await accepted.exited).toBe(130);
    expect(accepted.transcript).not.toContain("Tiếp tục điền tệp");
    expect(accepted.transcript).not.toContain("Chuyển sang 1.8");
    expect(readFileSync(taken, "utf8")).toBe(text.replace('version: "1"', 'version: "2"'));
  }, 60_000);

  it("Ctrl-C exits 130 and says how to resume, with the rubric file the file needs (it is not bundled)", async () => {
    const t = new Terminal(args);
    await t.answer("1.4. Hồ sơ trực tuyến", "\x03");
    await t.wait(`Tiếp tục: egov-score assess so-thu.yaml --rubric ${RUBRIC_WORD}`);
    expect(await t.exited).toBe(130);
    // Resumed as said, it goes on; without the rubric, it says the rubric is not bundled (not "another rubric").
    const again = new Terminal(["assess", "so-thu.yaml", "--rubric", RUBRIC]);
    await again.wait("1.4. Hồ sơ trực tuyến");
    again.child.stdin!.write("\x03");
    expect(await again.exited).toBe(130);
    const bare = new Terminal(["assess", "so-thu.yaml"]);
    expect(await bare.exited).toBe(1);
    expect(bare.transcript).toContain("không có sẵn trong egov-score");
    expect(bare.transcript).not.toContain("bộ chỉ số khác với bộ đang dùng");
  }, 60_000);
});

describe("assess stopped by a signal outside a question (Ctrl-C while the terminal is not in raw mode)", () => {
  // Between the banner and the first question, or between two questions, the terminal turns Ctrl-C into
  // SIGINT: sent here by hand, at a question, where its timing cannot race the prompt's raw mode. It ended
  // the session without a word (exit 130 from the signal), where Ctrl-C at a question says what is saved.
  it("before anything is saved: says nothing was, exit 130", async () => {
    const t = new Terminal(["assess", "tin-hieu.yaml", "--rubric", RUBRIC, "--agency-type", "department"]);
    await t.wait("Tên cơ quan");
    process.kill(t.commandPid(), "SIGINT");
    expect(await t.exited).toBe(130);
    expect(t.transcript).toContain("Đã dừng trước khi tạo phiếu; chưa có gì được lưu.");
  }, 60_000);

  it("once saved: says where the answers are and how to go on, exit 130", async () => {
    const saved = path.join(dir, "tin-hieu-2.yaml");
    writeFileSync(saved, miniFile(['  "1.1": {value: false}']));
    const t = new Terminal(["assess", "tin-hieu-2.yaml", "--rubric", RUBRIC]);
    await t.answer("1.2. Số tin bài", "500\r");
    await t.wait("Ghi chú");
    process.kill(t.commandPid(), "SIGINT");
    expect(await t.exited).toBe(130);
    expect(t.transcript).toContain(`Tiếp tục: egov-score assess tin-hieu-2.yaml --rubric ${RUBRIC_WORD}`);
    // The bracketed paste asked for at the note is given back: the shell's own pastes would arrive marked.
    expect(t.raw.slice(t.raw.lastIndexOf("\x1b[?2004"))).toMatch(/^\x1b\[\?2004l/);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["1.2"]).toEqual({ value: 500 });
  }, 60_000);
});

describe("assess stopped by Ctrl-C at a later part of a multi-part answer", () => {
  it("keeps the parts typed before it, the others left ?, and asks back with them offered (they were lost)", async () => {
    const saved = path.join(dir, "phan-do.yaml");
    writeFileSync(saved, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 0}', '  "1.3": {value: 0}', '  "1.4": {value: {a: 0, b: 1}}', '  "1.5": {value: pho}', '  "2.1": {value: [qlvb]}', '  "2.2": {value: 1}', '  "2.3": {value: "2025-03-01"}']));
    const t = new Terminal(["assess", "phan-do.yaml", "--rubric", RUBRIC]);
    await t.wait("2.4. Mạng WAN");
    await t.wait("Đơn vị kết nối");
    await t.answer("Giá trị", "7\r");
    // At the prompt itself: Ctrl-C before it is drawn is the terminal's SIGINT, not the question's.
    await t.wait("Ứng dụng");
    await t.answer("Giá trị", "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["2.4"]).toEqual({ value: { units: 7, apps: "?" } });
    const r = new Terminal(["assess", "phan-do.yaml", "--rubric", RUBRIC]);
    await r.wait("2.4. Mạng WAN");
    await r.wait("Đơn vị kết nối");
    await r.answer("Giá trị (7)", "\x03");
    expect(await r.exited).toBe(130);
  }, 60_000);
});

describe("assess stopped by Ctrl-C at a list asking which number a figure typed is", () => {
  it.each([
    ["1.000: 1000 or 1", "so-mo-ho.yaml", [], "1.2. Số tin bài", "1.000", '"1.000" có thể là 1000 hoặc 1', "1.2", 1000],
    ["0,85: 85 % or 0,85 %", "so-phan-tram.yaml", ['  "1.2": {value: 3}'], "1.3. Tỷ lệ văn bản ký số", "0,85", "0,85 % là rất thấp", "1.3", 85],
  ])("%s: keeps the figure as typed; resumed, the question comes first, the figure offered, the list asked again", async (_, name, held, question, typed, list, code, meant) => {
    const saved = path.join(dir, name);
    writeFileSync(saved, miniFile(['  "1.1": {value: false}', ...held]));
    const t = new Terminal(["assess", name, "--rubric", RUBRIC]);
    await t.answer(question, `${typed}\r`);
    await t.answer(list, "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers[code]).toEqual({ value: typed });
    const r = new Terminal(["assess", name, "--rubric", RUBRIC]);
    await r.wait(question);
    await r.answer(`Giá trị (${typed})`, "\r");
    await r.answer(list, "\r");
    await r.answer("Ghi chú", "\x03");
    expect(await r.exited).toBe(130);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers[code]).toEqual({ value: meant });
  }, 60_000);
});

describe("assess stopped by Ctrl-C while a note is typed", () => {
  it("keeps the note as typed, the answer marked for review, and says so (the note was lost)", async () => {
    const saved = path.join(dir, "ghi-chu-do.yaml");
    writeFileSync(saved, miniFile([]));
    const t = new Terminal(["assess", "ghi-chu-do.yaml", "--rubric", RUBRIC]);
    await t.answer("1.1.", "không\r");
    await t.answer("Ghi chú", "Số liệu lấy từ");
    await t.wait("Số liệu lấy từ");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["1.1"]).toEqual({ value: false, note: "Số liệu lấy từ", flag: true });
    expect(t.transcript.replace(/\s+/g, " ")).toContain("Ghi chú đang gõ ở câu 1.1 đã được lưu");
  }, 60_000);
});

describe("assess writing a tiny figure the officer typed", () => {
  // Kept at the list asking 0,00001 % or 0,0000001 %, the figure typed 0,0000001 was written `value: 1e-7`, a figure no one typed.
  it("writes it in full (0.0000001), not with an exponent; a figure the session did not touch stays as written", async () => {
    const saved = path.join(dir, "so-rat-nho.yaml");
    const text = miniFile(['  "1.1": {value: false}', '  "1.2": {value: 3}', '  "1.3": {value: "0,0000001"}', "  \"1.4\": {value: {a: 1E-7, b: 0.0000002}}  # từ báo cáo"]);
    writeFileSync(saved, text);
    const t = new Terminal(["assess", "so-rat-nho.yaml", "--rubric", RUBRIC]);
    await t.answer("Giá trị (0,0000001)", "\r");
    await t.answer("0,00001 %", `${DOWN}\r`);
    await t.answer("Ghi chú", "\x03");
    expect(await t.exited).toBe(130);
    // The figure typed as it was typed: cut at 6 decimals, it was "0 % là rất thấp", the choice "0 %".
    expect(t.transcript.replace(/\s+/g, " ")).toContain("0,0000001 % là rất thấp: ô phần trăm của Excel ghi 0,0000001 cho 0,00001 %");
    expect(t.transcript).toContain("✔ 0,0000001 % là rất thấp");
    expect(readFileSync(saved, "utf8")).toBe(text.replace('  "1.3": {value: "0,0000001"}', '  "1.3": {value: 0.0000001}'));
  }, 60_000);
});

describe("assess stopped by Ctrl-C between a part's label and its prompt", () => {
  it("keeps the parts typed before it: the save does not wait for the prompt to be drawn (the session ended without it)", async () => {
    const saved = path.join(dir, "phan-nhanh.yaml");
    writeFileSync(saved, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 0}', '  "1.3": {value: 0}', '  "1.4": {value: {a: 0, b: 1}}', '  "1.5": {value: pho}', '  "2.1": {value: [qlvb]}', '  "2.2": {value: 1}', '  "2.3": {value: "2025-03-01"}']));
    const t = new Terminal(["assess", "phan-nhanh.yaml", "--rubric", RUBRIC]);
    await t.wait("2.4. Mạng WAN");
    await t.wait("Đơn vị kết nối");
    await t.answer("Giá trị", "7\r");
    // As soon as the label shows: the next prompt may not be drawn yet, the terminal then sending SIGINT.
    await t.wait("· Ứng dụng");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    expect(t.transcript).toContain("Tiếp tục: egov-score assess phan-nhanh.yaml");
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["2.4"]).toEqual({ value: { units: 7, apps: "?" } });
  }, 60_000);
});

describe("assess, a level typed as its number at the list of levels", () => {
  // inquirer takes a digit for the option at that place: 3 picked the third option, Mức 2 (levels counted from 0).
  // Typed decomposed too (a Mac, some input methods): it was no level word, and Enter picked Mức 0.
  it.each([["3", 3], ["Mức 4", 4], ["mức 5".normalize("NFD"), 5]])("%s then Enter is that level", async (typed, level) => {
    const saved = path.join(dir, `muc-${level}.yaml`);
    writeFileSync(saved, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 0}', '  "1.3": {value: 0}', '  "1.4": {value: {a: 0, b: 1}}', '  "1.5": {value: pho}', '  "2.1": {value: [qlvb]}']));
    const t = new Terminal(["assess", `muc-${level}.yaml`, "--rubric", RUBRIC]);
    await t.wait("2.2. Mức độ ứng dụng AI");
    await t.answer("↑↓", `${typed}\r`);
    await t.answer("Ghi chú", "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["2.2"]).toEqual({ value: level });
  }, 60_000);
});

describe("assess, a digit typed at the list of levels, before Enter", () => {
  // inquirer put its cursor on the third option, Mức 2, while Enter then saved Mức 3: the screen misled.
  it.each([["\r", 3], [`${DOWN}\r`, 4]])("puts the cursor on that level; Enter (or an arrow, then Enter) saves where it shows", async (keys, level) => {
    const saved = path.join(dir, `con-tro-${level}.yaml`);
    writeFileSync(saved, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 0}', '  "1.3": {value: 0}', '  "1.4": {value: {a: 0, b: 1}}', '  "1.5": {value: pho}', '  "2.1": {value: [qlvb]}']));
    const t = new Terminal(["assess", `con-tro-${level}.yaml`, "--rubric", RUBRIC]);
    await t.wait("2.2. Mức độ ứng dụng AI");
    await t.answer("↑↓", "3");
    await t.wait("❯ Mức 3", 10_000);
    await t.answer("↑↓", keys);
    if (level === 4) await t.wait("❯ Mức 4", 10_000);
    await t.answer("Ghi chú", "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["2.2"]).toEqual({ value: level });
  }, 60_000);
});

describe("assess, text naming no level typed at the list of levels", () => {
  it("is said and the list asked again, nothing saved (mức 9 picked Mức 0, the first option its letters began, without a word)", async () => {
    const saved = path.join(dir, "muc-9.yaml");
    writeFileSync(saved, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 0}', '  "1.3": {value: 0}', '  "1.4": {value: {a: 0, b: 1}}', '  "1.5": {value: pho}', '  "2.1": {value: [qlvb]}']));
    const t = new Terminal(["assess", "muc-9.yaml", "--rubric", RUBRIC]);
    await t.wait("2.2. Mức độ ứng dụng AI");
    await t.answer("↑↓", "mức 9\r");
    await t.answer("\"mức 9\" không phải mức nào trong danh sách: chọn mức từ 0 đến 5", "");
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["2.2"]).toBeUndefined();
    await t.answer("↑↓", "2\r");
    await t.answer("Ghi chú", "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["2.2"]).toEqual({ value: 2 });
  }, 60_000);
});

describe("assess, text typed at a list of options", () => {
  it("naming no one option is said and the list asked again (không then Enter took Người đứng đầu, the option under the cursor); a label's first words pick it", async () => {
    const saved = path.join(dir, "lua-chon.yaml");
    writeFileSync(saved, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 0}', '  "1.3": {value: 0}', '  "1.4": {value: {a: 0, b: 1}}']));
    const t = new Terminal(["assess", "lua-chon.yaml", "--rubric", RUBRIC]);
    await t.wait("1.5. Trưởng ban");
    await t.answer("↑↓", "không\r");
    await t.answer("\"không\" không chỉ đúng một lựa chọn trong danh sách", "");
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["1.5"]).toBeUndefined();
    await t.answer("↑↓", "cấp phó\r");
    await t.answer("Ghi chú", "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(saved, "utf8"), { stringKeys: true }).answers["1.5"]).toEqual({ value: "pho" });
  }, 60_000);
});

describe("assess ended by a signal at a list (kill, a closed terminal)", () => {
  it("shows the cursor the list hid: the shell's prompt had none", async () => {
    const saved = path.join(dir, "tin-hieu-3.yaml");
    writeFileSync(saved, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 0}', '  "1.3": {value: 0}', '  "1.4": {value: {a: 0, b: 1}}']));
    const t = new Terminal(["assess", "tin-hieu-3.yaml", "--rubric", RUBRIC]);
    await t.wait("1.5. ");
    await t.wait("↑↓");
    process.kill(t.commandPid(), "SIGTERM");
    expect(await t.exited).toBe(143);
    expect(t.raw).toContain("\x1b[?25l");
    expect(t.raw.slice(t.raw.lastIndexOf("\x1b[?25l"))).toContain("\x1b[?25h");
  }, 60_000);
});

describe("assess of a new file for a commune", () => {
  // -t names the rubric where --rubric does not (it was refused: "add --rubric dti-cap-xa"), as init -t does.
  it("answers the bundled rubric of the -t type, dti-cap-xa, and writes its line", async () => {
    const named = path.join(dir, "xa-moi.yaml");
    const t = new Terminal(["assess", "xa-moi.yaml", "--agency-type", "commune"]);
    await t.answer("Tên cơ quan", "UBND xã Mới\r");
    await t.answer("Mã cơ quan", "xa-moi\r");
    await t.answer("Kỳ đánh giá", "\x03");
    expect(await t.exited).toBe(130);
    expect(t.transcript).toContain("(dti-cap-xa 2025.2)");
    expect(readFileSync(named, "utf8")).toContain('rubric: {id: dti-cap-xa, version: "2025.2"}');
  }, 60_000);
});

describe("assess interrupted in the header", () => {
  it("keeps what was typed: the file is written from the first answers on, and resuming asks only the rest", async () => {
    const named = path.join(dir, "dau-do.yaml");
    const t = new Terminal(["assess", "dau-do.yaml", "--rubric", RUBRIC, "--agency-type", "department"]);
    await t.answer("Tên cơ quan", "Sở Dở Dang\r");
    await t.answer("Mã cơ quan", "so-do-dang\r");
    await t.answer("Kỳ đánh giá", "\r");
    await t.answer("Người trả lời", "\x03");
    await t.wait("Tiếp tục: egov-score assess");
    expect(await t.exited).toBe(130);
    const kept = parse(readFileSync(named, "utf8"), { stringKeys: true }) as Record<string, unknown>;
    expect(kept).toMatchObject({ agency: { id: "so-do-dang", name: "Sở Dở Dang", type: "department" }, period: "2025", respondent: null });
    // The header's keys in their usual order, the empty one in its place.
    expect(Object.keys(kept)).toEqual(["rubric", "agency", "period", "respondent", "answers"]);

    const r = new Terminal(["assess", "dau-do.yaml", "--rubric", RUBRIC]);
    await r.answer("Người trả lời", "Trần Thị C\r");
    await r.answer("Chức vụ", "\x03");
    expect(await r.exited).toBe(130);
    expect(r.transcript).not.toContain("Tên cơ quan");
    expect(parse(readFileSync(named, "utf8"), { stringKeys: true }).respondent).toEqual({ name: "Trần Thị C" });
  }, 60_000);

  it("names the rubric it asks first, and a type of another bundled rubric points to it (a commune officer with the department rubric named)", async () => {
    const t = new Terminal(["assess", "xa.yaml", "--rubric", "dti-cap-so", "--agency-type", "commune"]);
    expect(await t.exited).toBe(2);
    expect(t.transcript).toContain("có trong bộ chỉ số dti-cap-xa: dùng --rubric dti-cap-xa");
    // A file answering the department rubric: --rubric dti-cap-xa would be refused in turn; a new file is what serves.
    copyFileSync(path.join(ROOT, "examples/so-khcn-quang-binh.yaml"), path.join(dir, "so.yaml"));
    const f = new Terminal(["assess", "so.yaml", "--agency-type", "commune", "--lang", "en"]);
    expect(await f.exited).toBe(2);
    expect(f.transcript.replace(/\s+/g, " ")).toContain("is not in the rubric dti-cap-so 2025.1 that so.yaml answers");
    expect(f.transcript.replace(/\s+/g, " ")).toContain("it is a type of dti-cap-xa: to answer dti-cap-xa, start a new file, e.g. egov-score --lang en assess NEW-FILE.yaml -t commune");
    // Without --rubric, the type names the rubric (test "assess of a new file for a commune").
    const r = new Terminal(["assess", "xa.yaml", "--agency-type", "commune"]);
    await r.answer("Tên cơ quan", "\x03");
    expect(await r.exited).toBe(130);
    expect(r.transcript).toMatch(/Bộ chỉ số: .* \(dti-cap-xa [^)]+\)/);
  }, 60_000);

  it("--agency-type on a file of another type says the type it changes from and to", async () => {
    copyFileSync(path.join(ROOT, "examples/so-khcn-quang-binh.yaml"), path.join(dir, "loai.yaml"));
    const t = new Terminal(["assess", "loai.yaml", "--agency-type", "board"]);
    await t.answer("Menu", "\x03");
    expect(await t.exited).toBe(130);
    expect(t.transcript.replace(/\s+/g, " ")).toContain("Loại cơ quan trong tệp đổi từ Sở, ban, ngành cấp tỉnh (department) thành Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh (board) theo --agency-type");
    expect(parse(readFileSync(path.join(dir, "loai.yaml"), "utf8"), { stringKeys: true }).agency.type).toBe("board");
  }, 60_000);

  it("a file name given: even the agency's name alone is kept", async () => {
    const t = new Terminal(["assess", "chi-ten.yaml", "--rubric", RUBRIC, "--agency-type", "department"]);
    await t.answer("Tên cơ quan", "Sở Chỉ Tên\r");
    await t.answer("Mã cơ quan", "\x03");
    expect(await t.exited).toBe(130);
    const first = parse(readFileSync(path.join(dir, "chi-ten.yaml"), "utf8"), { stringKeys: true });
    expect(first.agency).toEqual({ id: null, name: "Sở Chỉ Tên" });
    expect(first.period).toBeNull();
    // Resumed: the code and the period, left empty, are asked (an empty period once became the text "null").
    const r = new Terminal(["assess", "chi-ten.yaml", "--rubric", RUBRIC, "--agency-type", "department"]);
    await r.answer("Mã cơ quan", "so-chi-ten\r");
    await r.answer("Kỳ đánh giá", "\r");
    await r.answer("Người trả lời", "\x03");
    expect(await r.exited).toBe(130);
    const second = parse(readFileSync(path.join(dir, "chi-ten.yaml"), "utf8"), { stringKeys: true });
    expect(Object.keys(second.agency)).toEqual(["id", "name", "type"]);
    expect(second.period).toBe("2025");
  }, 60_000);
});

describe("assess saving a half-filled header field by field", () => {
  const run = async (name: string, text: string, steps: [string, string][]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const t = new Terminal(["assess", name, "--rubric", RUBRIC]);
    for (const [prompt, keys] of steps) await t.answer(prompt, keys);
    expect(await t.exited).toBe(130);
    return { t, saved: parse(readFileSync(file, "utf8"), { stringKeys: true }) as Record<string, any> };
  };

  it("a name typed in keeps the type and cohort already there (they were deleted with the first save)", async () => {
    const { saved } = await run("giu-loai.yaml", ['rubric: {id: assess-mini, version: "1"}', "agency:", "  id: xa-giu", "  name:", "  type: commune  # loai", "period:", "respondent: {name: Lê C, phone: \"0232\"}", "answers: {}", ""].join("\n"), [["Tên cơ quan", "Xã Giữ\r"], ["Kỳ đánh giá", "\x03"]]);
    expect(saved.agency).toEqual({ id: "xa-giu", name: "Xã Giữ", type: "commune" });
    expect(readFileSync(path.join(dir, "giu-loai.yaml"), "utf8")).toContain("  type: commune  # loai\n");
  }, 60_000);

  it("a respondent written as text becomes a mapping with the name typed (it became one key per letter)", async () => {
    const { saved } = await run("nguoi-chu.yaml", ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-c, name: Sở C, type: department}", 'period: "2025"', "respondent: Nguyễn Văn A", "answers: {}", ""].join("\n"), [["Người trả lời", "Trần B\r"], ["Chức vụ", "\x03"]]);
    expect(saved.respondent).toEqual({ name: "Trần B" });
  }, 60_000);

  it("a period that is no text is asked again, not written as '[object Object]'", async () => {
    const { saved } = await run("ky-sai.yaml", ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-d, name: Sở D, type: department}", "period: {year: 2025}", "respondent: {name: Lê D, position: null, phone: 912345678, email: null}", "answers: {}", ""].join("\n"), [["Kỳ đánh giá", "2025\r"], ["1.1.", "\x03"]]);
    expect(saved.period).toBe("2025");
  }, 60_000);

  it("interrupted at the respondent's position, resuming asks it and what follows (they were never asked again)", async () => {
    const name = "nguoi-do-dang.yaml";
    const first = await run(name, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-e, name: Sở E, type: department}", 'period: "2025"', "respondent:", "answers: {}", ""].join("\n"), [["Người trả lời", "Phạm E\r"], ["Chức vụ", "\x03"]]);
    expect(first.saved.respondent).toEqual({ name: "Phạm E" });
    const r = new Terminal(["assess", name, "--rubric", RUBRIC]);
    await r.answer("Chức vụ", "Chuyên viên\r");
    await r.answer("Điện thoại", "\r");
    await r.answer("Thư điện tử", "\r");
    await r.answer("1.1.", "\x03");
    expect(await r.exited).toBe(130);
    expect(r.transcript).not.toContain("Người trả lời");
    expect(parse(readFileSync(path.join(dir, name), "utf8")).respondent).toEqual({ name: "Phạm E", position: "Chuyên viên", phone: null, email: null });
  }, 60_000);

  it("an e-mail address the file's check refuses is asked again, and the prompt refuses what the check refuses (ngọc.an@… was saved, and Finish showed no score)", async () => {
    const { saved } = await run("thu-sai.yaml", ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-k, name: Sở K, type: department}", 'period: "2025"', "respondent: {name: Lê K, position: null, phone: null, email: ngọc.an@skhcn.gov.vn}", "answers: {}", ""].join("\n"),
      [["Thư điện tử", "\r"], ["Địa chỉ thư điện tử không hợp lệ", "an@skhcn.gov.vn\r"], ["1.1.", "\x03"]]);
    expect(saved.respondent).toEqual({ name: "Lê K", position: null, phone: null, email: "an@skhcn.gov.vn" });
  }, 60_000);

  // The file has its header, under a key the questions do not read: they asked it again without a word, and the
  // misspelt key was said only after the whole header was typed in a second time.
  it.each([
    ["agnecy:", ['rubric: {id: assess-mini, version: "1"}', "agnecy: {id: so-g, name: Sở G, type: department}", 'period: "2025"', "respondent: {name: Lê G}", "answers: {}", ""], "Tên cơ quan", 2, 1, "agency"],
    ["peroid:", ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-h, name: Sở H, type: department}", 'peroid: "2025"', "respondent: {name: Lê H}", "answers: {}", ""], "Kỳ đánh giá", 3, 1, "period"],
    ["nmae: in the agency", ['rubric: {id: assess-mini, version: "1"}', "agency:", "  id: so-i", "  nmae: Sở I", "  type: department", 'period: "2025"', "respondent: {name: Lê I}", "answers: {}", ""], "Tên cơ quan", 4, 3, "name"],
  ])("a header key misspelt (%s) is said, with the key meant, before the header is asked again", async (written, lines, prompt, line, col, meant) => {
    const name = `sai-khoa-${line}.yaml`;
    const { t } = await run(name, lines.join("\n"), [[prompt, "\x03"]]);
    const said = t.transcript.indexOf(`${name}:${line}:${col} lỗi Không có trường "${written.split(":")[0]}"`);
    expect(said).toBeGreaterThan(-1);
    expect(t.transcript.indexOf(`có phải là ${meant}?`)).toBeGreaterThan(said);
    const advice = t.transcript.indexOf("sửa tên khóa trong tệp rồi chạy lại lệnh này");
    expect(advice).toBeGreaterThan(said);
    expect(t.transcript.lastIndexOf(prompt)).toBeGreaterThan(advice);
  }, 60_000);

  it("a period missing from a hand-written file is written above the answers, not after the last one", async () => {
    const { saved } = await run("thieu-ky.yaml", ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-f, name: Sở F, type: department}", "respondent: {name: Lê F, position: null, phone: null, email: null}", "answers:", '  "1.1":', "    value: false", ""].join("\n"), [["Kỳ đánh giá", "2025\r"], ["1.2.", "\x03"]]);
    expect(saved.period).toBe("2025");
    expect(Object.keys(saved)).toEqual(["rubric", "agency", "respondent", "period", "answers"]);
  }, 60_000);

  it("an empty file (made in Notepad: a byte-order mark, a blank line) is filled in, not refused", async () => {
    const { saved } = await run("rong.yaml", "\uFEFF\r\n", [["Tên cơ quan", "Sở Rỗng\r"], ["Mã cơ quan", "so-rong\r"], ["Loại cơ quan", "\r"], ["Kỳ đánh giá", "\x03"]]);
    expect(saved.agency).toMatchObject({ id: "so-rong", name: "Sở Rỗng" });
    expect(saved.rubric).toEqual({ id: "assess-mini", version: "1" });
  }, 60_000);

  it("without a file name the code comes first, so that the name typed next is saved too", async () => {
    const t = new Terminal(["assess", "--rubric", RUBRIC, "--agency-type", "department"]);
    await t.answer("Mã cơ quan", "so-ma-truoc\r");
    await t.answer("Tên cơ quan", "Sở Mã Trước\r");
    await t.answer("Kỳ đánh giá", "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(path.join(dir, "so-ma-truoc.yaml"), "utf8")).agency).toEqual({ id: "so-ma-truoc", name: "Sở Mã Trước", type: "department" });
  }, 60_000);
});

describe("assess without a file name, when AGENCY-ID.yaml is taken", () => {
  /** The agency's name and code: the taken file is checked as soon as the code is typed. */
  // Without a file name the code comes first (it names the file); a taken file's name is never asked.
  const nameAndCode = async (t: Terminal, id: string) => {
    await t.answer("Mã cơ quan", `${id}\r`);
  };
  const noFile = ["assess", "--rubric", RUBRIC, "--agency-type", "department"];

  it("leaves a file of another rubric as it was (it was rewritten silently)", async () => {
    const taken = path.join(dir, "so-khac.yaml");
    const text = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
    writeFileSync(taken, text);
    const t = new Terminal(noFile);
    // Said as soon as the code is typed: the rest of the header is not asked for nothing.
    await nameAndCode(t, "so-khac");
    await t.wait("trả lời một bộ chỉ số khác");
    expect(t.transcript).not.toContain("Kỳ đánh giá");
    expect(await t.exited).toBe(1);
    expect(readFileSync(taken, "utf8")).toBe(text);
  }, 60_000);

  it("asks before resuming a file of this rubric; declined, the file stays as it was; accepted, its own header stays", async () => {
    const taken = path.join(dir, "so-cu.yaml");
    const text = ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-cu, name: Sở Cũ, type: department}", 'period: "2025"', "respondent: {name: Nguyễn Văn B}", "answers:", '  "1.2": {value: 500}', ""].join("\n");
    writeFileSync(taken, text);
    const declined = new Terminal(noFile);
    await nameAndCode(declined, "so-cu");
    await declined.answer("Đã có tệp so-cu.yaml (phiếu của Sở Cũ, đã trả lời 1 câu)", "k\r");
    await declined.wait("giữ nguyên");
    expect(await declined.exited).toBe(1);
    expect(readFileSync(taken, "utf8")).toBe(text);

    const accepted = new Terminal(noFile);
    await nameAndCode(accepted, "so-cu");
    await accepted.answer("Tiếp tục điền tệp", "c\r");
    // Its own header stays; only the optional respondent fields it never had are asked (Enter skips them).
    await accepted.answer("Chức vụ", "\r");
    await accepted.answer("Điện thoại", "\r");
    await accepted.answer("Thư điện tử", "\r");
    await accepted.answer("1.1.", "\x03");
    expect(await accepted.exited).toBe(130);
    const saved = parse(readFileSync(taken, "utf8")) as { agency: { name: string }; answers: Record<string, unknown> };
    expect(saved.agency.name).toBe("Sở Cũ");
    expect(saved.answers["1.2"]).toEqual({ value: 500 });
  }, 60_000);
});

describe("assess without a file name, continuing a taken file with --agency-type", () => {
  it("takes the type, as it does for a named file (it was ignored)", async () => {
    const taken = path.join(dir, "so-doi-loai.yaml");
    writeFileSync(taken, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-doi-loai, name: Sở Đổi, type: department}", 'period: "2025"', "respondent: {name: Lê H, position: null, phone: null, email: null}", "answers: {}", ""].join("\n"));
    const t = new Terminal(["assess", "--rubric", RUBRIC, "--agency-type", "commune"]);
    await t.answer("Mã cơ quan", "so-doi-loai\r");
    await t.answer("Tiếp tục điền", "c\r");
    await t.answer("1.1.", "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(taken, "utf8")).agency).toEqual({ id: "so-doi-loai", name: "Sở Đổi", type: "commune" });
  }, 60_000);
});

describe("assess given a paste of several lines", () => {
  it("takes them as one answer, joined with spaces (the first line was the answer and the rest was lost)", async () => {
    const pasted = path.join(dir, "dan.yaml");
    writeFileSync(pasted, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-dan, name: Sở Dán, type: department}", 'period: "2025"', "respondent: {name: Lê D, position: null, phone: null, email: null}", "answers:", '  "1.1": {value: false}', ""].join("\n"));
    const t = new Terminal(["assess", "dan.yaml", "--rubric", RUBRIC]);
    await t.answer("1.2. Số tin bài", "500\r");
    // What a terminal sends for a paste: every line at once, each ended by a carriage return.
    await t.answer("Ghi chú", "Họp quý I: 15/3\rHọp quý II: 20/6\rHọp quý III: 12/9\r");
    await t.wait("1.3. Tỷ lệ văn bản ký số");
    await t.answer("Giá trị", "\x03");
    expect(await t.exited).toBe(130);
    const saved = parse(readFileSync(pasted, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> };
    expect(saved.answers["1.2"]).toEqual({ value: 500, note: "Họp quý I: 15/3 Họp quý II: 20/6 Họp quý III: 12/9" });
  }, 60_000);

  it("in bracketed paste, cut by the terminal right after a line break, takes it whole (it ended the answer at the cut)", async () => {
    const pasted = path.join(dir, "dan-2.yaml");
    writeFileSync(pasted, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-dan, name: Sở Dán, type: department}", 'period: "2025"', "respondent: {name: Lê D, position: null, phone: null, email: null}", "answers:", '  "1.1": {value: false}', ""].join("\n"));
    const t = new Terminal(["assess", "dan-2.yaml", "--rubric", RUBRIC]);
    await t.answer("1.2. Số tin bài", "500\r");
    await t.answer("Ghi chú", "\x1b[200~Họp quý I: 15/3\r");
    await new Promise((r) => setTimeout(r, 300));
    t.child.stdin!.write("Họp quý II: 20/6\r\x1b[201~");
    await new Promise((r) => setTimeout(r, 300));
    t.child.stdin!.write("\r");
    await t.wait("1.3. Tỷ lệ văn bản ký số");
    expect(t.raw).toContain("\x1b[?2004h");
    await t.answer("Giá trị", "\x03");
    expect(await t.exited).toBe(130);
    expect(t.raw.slice(t.raw.lastIndexOf("\x1b[?2004"))).toMatch(/^\x1b\[\?2004l/);
    const saved = parse(readFileSync(pasted, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> };
    expect(saved.answers["1.2"]).toEqual({ value: 500, note: "Họp quý I: 15/3 Họp quý II: 20/6" });
  }, 60_000);
});

describe("assess stopped with Ctrl-Z and brought back with fg", () => {
  it("takes keys again at a list and a typed question, Ctrl-D too, and gives the paste mode back while stopped (the question read nothing after fg, Ctrl-C included)", async () => {
    const file = path.join(dir, "dung.yaml");
    writeFileSync(file, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-dung, name: Sở Dừng}", 'period: "2025"', "respondent: {name: Lê Z, position: null, phone: null, email: null}", "answers: {}", ""].join("\n"));
    const t = new Terminal(["assess", "dung.yaml", "--rubric", RUBRIC]);
    // The command runs without a shell's job control here (`script` makes it a session of its own), so Ctrl-Z does not
    // stop it: readline, given the key, waits for SIGCONT all the same, which `fg` sends and the test sends here.
    // What it gives: the bracketed paste modes the terminal was told meanwhile.
    const stopAndGoOn = async (typed: string) => {
      const before = t.raw.length;
      t.child.stdin!.write(`${typed}\x1a`);
      await new Promise((r) => setTimeout(r, 300));
      process.kill(t.commandPid(), "SIGCONT");
      await new Promise((r) => setTimeout(r, 300));
      return t.raw.slice(before).match(/\x1b\[\?2004[hl]/gu) ?? [];
    };
    await t.wait("Loại cơ quan");
    await stopAndGoOn("");
    t.child.stdin!.write("\r");
    await t.wait("(c/k)");
    await stopAndGoOn("");
    t.child.stdin!.write("k\r");
    await t.answer("Ghi chú", "\r");
    await t.wait("1.2. Số tin bài");
    await t.wait("Giá trị");
    // At a typed answer: off before the stop (a shell without the mode got a paste marked), on again once continued.
    expect(await stopAndGoOn("50")).toEqual(["\x1b[?2004l", "\x1b[?2004h"]);
    t.child.stdin!.write("0\r");
    await t.answer("Ghi chú", "\r");
    await t.wait("1.3. Tỷ lệ văn bản ký số");
    await t.wait("Giá trị");
    await stopAndGoOn("");
    t.child.stdin!.write("\x04");
    expect(await t.exited).toBe(130);
    const saved = parse(readFileSync(file, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> };
    expect(saved.answers).toEqual({ "1.1": { value: false }, "1.2": { value: 500 } });
  }, 60_000);
});

// "Sửa một câu trả lời…" listed the 50 questions ten at a time, saying nothing of typing; inquirer's own jump on
// typing "5.10" stopped at 5.1, and Enter changed that one (found by helper officer8).
describe("assess: the list of answers to change, a code typed", () => {
  it("5.10 then Enter opens question 5.10 (the list says so); a code not in the list is said, and the list asked again", async () => {
    writeFileSync(path.join(dir, "so-khcn-change.yaml"), readFileSync(path.join(ROOT, "examples/so-khcn-quang-binh.yaml"), "utf8"));
    const t = new Terminal(["assess", "so-khcn-change.yaml", "--rubric", path.join(ROOT, "rubrics/dti-cap-so.yaml")], 80);
    await t.answer("Menu", "\x1b[A\x1b[A\r"); // every question answered, the cursor on finish: change is two up
    await t.answer("gõ mã câu", "9.9\r");
    await t.wait("Không có câu 9.9 trong danh sách");
    await t.answer("gõ mã câu", "5.10\r");
    await t.wait("5.10. Tỷ lệ CBCCVC");
    await t.answer("a = Số CBCCVC được phổ biến", "\x03");
    expect(await t.exited).toBe(130);
  }, 60_000);
});

/** A file whose 1.2 cites a plan, which assess offers again at 1.1's evidence. */
function fileCitingPlanAt12(name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-tl, name: Sở Tài liệu, type: department}", 'period: "2025"', "respondent: {name: Lê T, position: null, phone: null, email: null}", "answers:", '  "1.2": {value: 3, evidence: [{number: 22/KH-STL, date: "2025-02-10", title: Kế hoạch chuyển đổi số}]}', ""].join("\n"));
  return file;
}

describe("assess offered a document another answer cites", () => {
  it("takes it with ↓ and Enter, nothing typed again", async () => {
    const file = fileCitingPlanAt12("tai-lieu.yaml");
    const t = new Terminal(["assess", "tai-lieu.yaml", "--rubric", RUBRIC], 100);
    await t.answer("1.1.", "có\r");
    await t.answer("22/KH-STL · 10/02/2025 · Kế hoạch chuyển đổi số", DOWN);
    await t.answer("đã khai ở 1.2", "\r");
    await t.answer("Thêm minh chứng khác?", "k\r");
    await t.answer("Ghi chú", "\r");
    await t.wait("1.3.");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    const saved = parse(readFileSync(file, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> };
    expect(saved.answers["1.1"]).toEqual({ value: true, evidence: [{ number: "22/KH-STL", date: "2025-02-10", title: "Kế hoạch chuyển đổi số" }] });
  }, 60_000);
  it("? then Enter leaves the evidence for later, as at the number typed next (Enter took \"a new document\"; found by helper officer8)", async () => {
    const file = fileCitingPlanAt12("tai-lieu-sau.yaml");
    const t = new Terminal(["assess", "tai-lieu-sau.yaml", "--rubric", RUBRIC], 100);
    await t.answer("1.1.", "có\r");
    await t.answer("22/KH-STL · 10/02/2025 · Kế hoạch chuyển đổi số", "?\r");
    await t.wait("Câu trả lời đã được lưu; minh chứng sẽ được hỏi khi quay lại câu này");
    await t.wait("1.3.");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    expect((parse(readFileSync(file, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> }).answers["1.1"]).toEqual({ value: true });
  }, 60_000);
});

describe("assess offered a document another answer cites, a new one's number typed there (found by helper officer23)", () => {
  it("offers that number at the number's question, Enter keeping it (it was dropped, asked as if never typed)", async () => {
    const file = fileCitingPlanAt12("tai-lieu-so.yaml");
    const t = new Terminal(["assess", "tai-lieu-so.yaml", "--rubric", RUBRIC], 100);
    await t.answer("1.1.", "có\r");
    await t.answer("22/KH-STL · 10/02/2025 · Kế hoạch chuyển đổi số", "5/QĐ-UBND\r");
    await t.answer("Số hiệu văn bản (5/QĐ-UBND)", "\r");
    await t.answer("Ngày văn bản", "31/03/2025\r");
    await t.answer("Trích yếu", "\r");
    await t.answer("Đường dẫn", "\r");
    await t.answer("Thêm minh chứng khác?", "k\r");
    await t.answer("Ghi chú", "\x03");
    expect(await t.exited).toBe(130);
    const saved = parse(readFileSync(file, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> };
    expect(saved.answers["1.1"]).toEqual({ value: true, evidence: [{ number: "5/QĐ-UBND", date: "2025-03-31" }] });
  }, 60_000);
});

describe("assess offered a document another answer cites, a number typed there then erased", () => {
  it("offers no number for the new document Enter takes (the text erased was offered, Enter keeping it)", async () => {
    fileCitingPlanAt12("tai-lieu-xoa.yaml");
    const t = new Terminal(["assess", "tai-lieu-xoa.yaml", "--rubric", RUBRIC], 100);
    await t.answer("1.1.", "có\r");
    await t.answer("22/KH-STL · 10/02/2025 · Kế hoạch chuyển đổi số", "5/QĐ\x7f\x7f\x7f\x7f\r");
    await t.wait("Số hiệu văn bản");
    await new Promise((r) => setTimeout(r, 200));
    expect(t.transcript).not.toMatch(/Số hiệu văn bản \(5/);
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
  }, 60_000);
});

describe("assess finishing a file whose only gap is evidence", () => {
  it("shows the score and what evidence is missing, and exits 1 (the file is not ready to send)", async () => {
    const file = path.join(dir, "thieu-minh-chung.yaml");
    writeFileSync(file, miniFile(['  "1.1": {value: true}', '  "1.2": {value: 500}']));
    const t = new Terminal(["assess", file, "--rubric", RUBRIC]);
    // Resumed at 1.1: answered, but without the evidence it needs, which the officer may leave for later:
    // said as a to-do, not as an error of the file with its code frame.
    await t.wait("Câu 1.1 còn thiếu minh chứng: sẽ được hỏi trước");
    expect(t.transcript).not.toContain("lỗi (ở trên)");
    expect(t.transcript).not.toContain("[evidence-missing]");
    await t.finishFromMenu("(c/k)");
    await t.wait("Thiếu minh chứng: 1.1");
    expect(await t.exited).toBe(1);
    expect(t.transcript).toMatch(/Tổng điểm\s*│\s*[\d,]+/);
    expect(t.transcript).toContain("[evidence-missing]");
    // Not "Hoàn thành": score refuses the file until the evidence is given, and the last line says so.
    expect(t.transcript).not.toContain("Hoàn thành:");
    expect(t.transcript).toContain("còn thiếu minh chứng cho 1.1, nên lệnh score chưa chấm tệp này");
  }, 60_000);
});

describe("assess resuming a file with an evidence item typed in part", () => {
  // A number typed, then ? at the date: resumed, it was "lỗi Thiếu trường bắt buộc "date" [missing-field]" with a code frame (found by helper officer24).
  it("says it as a to-do, not as an error, and asks what the item lacks", async () => {
    const file = path.join(dir, "minh-chung-do-dang.yaml");
    writeFileSync(file, miniFile(['  "1.1":', "    value: true", "    evidence:", '      - {number: "k"}', '  "1.2": {value: 500}']));
    const t = new Terminal(["assess", file, "--rubric", RUBRIC]);
    await t.wait("Câu 1.1 còn thiếu minh chứng: sẽ được hỏi trước");
    expect(t.transcript).not.toContain("[missing-field]");
    await t.answer("Câu trả lời hiện tại: Có", "\r");
    await t.answer("Giữ 1 minh chứng đã có?", "\r");
    await t.answer("Ngày văn bản", "\x03");
    expect(await t.exited).toBe(130);
  }, 60_000);
});

describe("assess finishing a file whose N/A still waits for its reason", () => {
  it("shows the score and the reason still to give as a to-do line, not as an error with its code frame, and exits 1 (found by helper officer20)", async () => {
    const file = path.join(dir, "ly-do-sau.yaml");
    writeFileSync(file, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 500}', '  "1.3": {na: true}']));
    const t = new Terminal(["assess", file, "--rubric", RUBRIC]);
    await t.answer("(na)", "\r");
    // Left for later once more, then finished from the menu.
    await t.answer("Lý do không áp dụng", "?\r");
    await t.finishFromMenu("a = Số hồ sơ trực tuyến");
    await t.wait("Thiếu lý do không áp dụng: 1.3");
    expect(await t.exited).toBe(1);
    expect(t.transcript).toMatch(/Tổng điểm\s*│\s*[\d,]+/);
    expect(t.transcript).not.toContain("[missing-field]");
    expect(t.transcript).not.toContain("Hoàn thành:");
    expect(t.transcript).toContain("còn thiếu lý do không áp dụng cho 1.3, nên lệnh score chưa chấm tệp này");
    // validate still locates it.
    const checked = checkFiles([{ file }], { rubric: (await import("../../src/load/load-rubric.js")).loadRubric(RUBRIC) });
    expect(checked.failures.flatMap((f) => f.diagnostics).map((d) => [d.code, d.line])).toEqual([["missing-field", 8]]);
  }, 60_000);
});

describe("assess resuming a file whose N/A waits for its reason", () => {
  it("says the reason is still to give, as evidence left for later, not as an error with its code frame (found by helper officer19)", async () => {
    const file = path.join(dir, "thieu-ly-do.yaml");
    writeFileSync(file, miniFile(['  "1.1": {value: false}', '  "1.2": {value: 500}', '  "1.3": {na: true}']));
    const t = new Terminal(["assess", file, "--rubric", RUBRIC]);
    await t.wait("Câu 1.3 còn thiếu lý do không áp dụng: sẽ được hỏi trước");
    expect(t.transcript).not.toContain("lỗi (ở trên)");
    expect(t.transcript).not.toContain("[missing-field]");
    await t.answer("(na)", "\r");
    await t.answer("Lý do không áp dụng", "Chưa triển khai\r");
    await t.wait("Ghi chú");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    expect((parse(readFileSync(file, "utf8"), { stringKeys: true }) as { answers: Record<string, unknown> }).answers["1.3"]).toEqual({ na: true, reason: "Chưa triển khai" });
  }, 60_000);
});

describe("assess finishing a file with an error the questions cannot mend", () => {
  it("says what to do next (it ended with the errors alone)", async () => {
    const file = path.join(dir, "ma-la.yaml");
    writeFileSync(file, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-l, name: Sở L, type: department}", 'period: "2025"', "respondent: {name: Lê L, position: null, phone: null, email: null}", "answers:", '  "9.9": {value: 1}', ""].join("\n"));
    const t = new Terminal(["assess", file, "--rubric", RUBRIC]);
    // An answer under a code the rubric does not have, and none near it to move it to: removed, kept aside (Enter) or left.
    await t.answer("Xử lý câu trả lời 9.9 thế nào?", DOWN + "\r");
    await t.finishFromMenu("(c/k)");
    await t.wait(`Tệp vẫn còn câu trả lời ở mã 9.9, mã không có trong bộ chỉ số assess-mini 1: chạy lại egov-score assess ma-la.yaml --rubric ${RUBRIC_WORD} để chuyển sang mã đúng, xóa, hoặc để riêng thành ghi chú`);
    expect(await t.exited).toBe(1);
    expect(readFileSync(file, "utf8")).toContain('"9.9": {value: 1}');
  }, 60_000);
});

describe("assess on a file for another rubric", () => {
  // A province's own rubric (not bundled), and a bundled rubric's older version (its move to the bundled one declined):
  // nothing may be asked or written.
  it.each([
    ["a rubric that is not bundled", (t: string) => t.replace("rubric: {id: dti-cap-xa,", "rubric: {id: qb-xa-2025,"), 'Không tìm thấy bộ chỉ số "qb-xa-2025"', undefined],
    ["another version of a bundled rubric", (t: string) => t.replace(/(rubric: \{id: dti-cap-xa, version: )"[^"]*"/, '$1"2024.1"'), "trả lời phiên bản 2024.1 của bộ chỉ số dti-cap-xa", "(c/K)"],
  ])("%s: the file is left as it was, with the reason", async (_, edit, reason, offered) => {
    const file = path.join(dir, "other-rubric.yaml");
    const text = edit(readFileSync(path.join(ROOT, "examples/xa-can-giuoc-tay-ninh.yaml"), "utf8"));
    writeFileSync(file, text);
    const t = new Terminal(["assess", file]);
    if (offered) await t.answer(offered, "\r");
    expect(await t.exited).toBe(1);
    expect(t.transcript).toContain(reason);
    expect(t.transcript).toContain(`Chưa sửa gì trong ${file}`);
    expect(readFileSync(file, "utf8")).toBe(text);
  }, 60_000);

  // The header was asked as of a new file and saved into the rubric (agency:, respondent: added at its end).
  it("a rubric named in the agency file's place: nothing asked, the rubric left as it was", async () => {
    const file = path.join(dir, "bo-chi-so.yaml");
    const text = readFileSync(path.join(ROOT, "rubrics/dti-cap-xa.yaml"), "utf8");
    writeFileSync(file, text);
    const t = new Terminal(["assess", file]);
    expect(await t.exited).toBe(1);
    expect(t.transcript).toContain("Tệp này không phải phiếu tự đánh giá của cơ quan");
    expect(t.transcript).toContain("đây là tệp bộ chỉ số");
    expect(t.transcript).toContain(`Chưa sửa gì trong ${file}: tệp này không phải phiếu của cơ quan`);
    expect(t.transcript).not.toContain("Tên cơ quan");
    expect(readFileSync(file, "utf8")).toBe(text);
  }, 60_000);
});

describe("assess on a read-only file", () => {
  it("says so before asking anything (it was rewritten without a word)", async () => {
    const file = path.join(dir, "da-gui.yaml");
    writeFileSync(file, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-g, name: Sở G, type: department}", 'period: "2025"', "respondent: {name: Lê G, position: null, phone: null, email: null}", "answers: {}", ""].join("\n"));
    chmodSync(file, 0o444);
    const t = new Terminal(["assess", "da-gui.yaml", "--rubric", RUBRIC]);
    await t.wait("chỉ cho đọc");
    expect(await t.exited).toBe(2);
    expect(t.transcript).not.toContain("1.1.");
  }, 60_000);
});

describe("assess on a disk that refuses the save", () => {
  it.skipIf(process.platform !== "linux")("declined, ends on how to go on, the error said once (it was said again as the last line)", async () => {
    const name = "dia-day.yaml";
    writeFileSync(path.join(dir, name), ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-d, name: Sở D, type: department}", 'period: "2025"', "respondent: {name: Lê D, position: null, phone: null, email: null}", "answers:", '  "1.1": {value: false}', ""].join("\n"));
    // ulimit -f 0 refuses every write of a byte, as a full disk does, without root.
    const t = new Terminal(["assess", name, "--rubric", RUBRIC], undefined, { NO_COLOR: "1" }, "-f 0");
    await t.answer("Giá trị", "500\r");
    await t.answer("thử lưu lại?", "n\r");
    expect(await t.exited).toBe(2);
    expect(t.transcript.match(/Không ghi được/g)).toHaveLength(1);
    expect(t.transcript).toContain("Câu trả lời 1.2 vừa nhập CHƯA được lưu: 500.");
    expect(t.transcript.trimEnd().split("\n").at(-1)).toContain("để tiếp tục");
  }, 60_000);
});

describe("assess into a folder that does not exist", () => {
  it("says so before asking anything (the header's answers could not be saved there)", async () => {
    const t = new Terminal(["assess", path.join(dir, "khong-co", "so.yaml")]);
    expect(await t.exited).toBe(2);
    expect(t.transcript).toContain(`Không có thư mục ${path.join(dir, "khong-co")}`);
    expect(t.transcript).not.toContain("Tên cơ quan");
  }, 60_000);
});

describe("assess when the file is broken by a hand edit meanwhile", () => {
  it("shows where the YAML is broken, waits for the fix and saves the answer into the fixed file (the session ended, the answer lost)", async () => {
    // Named from the terminal's folder: an absolute name made the question longer by the temporary folder's
    // path, and where that has no width inquirer breaks it at 80 columns, so a long TMPDIR split "thử lưu lại?".
    const name = "sua-giua-chung.yaml";
    const file = path.join(dir, name);
    const good = ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-s, name: Sở S, type: department}", 'period: "2025"', "respondent: {name: Lê S, position: null, phone: null, email: null}", "answers:", '  "1.1": {value: false}', ""].join("\n");
    writeFileSync(file, good);
    const t = new Terminal(["assess", name, "--rubric", RUBRIC]);
    await t.wait("1.2. Số tin bài");
    writeFileSync(file, good.replace('period: "2025"', 'period: ["2025"'));
    await t.answer("Giá trị", "500\r");
    await t.wait("thử lưu lại?");
    expect(t.transcript).toContain(`${name}:4:1`);
    expect(t.transcript).toContain("[yaml-syntax]");
    writeFileSync(file, good.replace("answers:", "# đã sửa tay\nanswers:"));
    t.child.stdin!.write("\r");
    await t.answer("Ghi chú", "\r");
    await t.answer("1.3.", "\x03");
    expect(await t.exited).toBe(130);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# đã sửa tay");
    expect(parse(text, { stringKeys: true }).answers["1.2"]).toEqual({ value: 500 });
  }, 60_000);

  it("a file emptied meanwhile (valid YAML, no agency, no answers) is not written into; declined, it exits 1 (an internal error, the answer lost)", async () => {
    const name = "xoa-giua-chung.yaml";
    const file = path.join(dir, name);
    writeFileSync(file, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-x, name: Sở X, type: department}", 'period: "2025"', "respondent: {name: Lê X, position: null, phone: null, email: null}", "answers:", '  "1.1": {value: false}', ""].join("\n"));
    const t = new Terminal(["assess", name, "--rubric", RUBRIC]);
    await t.wait("1.2. Số tin bài");
    writeFileSync(file, "# tạm\n");
    await t.answer("Giá trị", "500\r");
    await t.answer("thử lưu lại?", "k\r");
    expect(await t.exited).toBe(1);
    expect(t.transcript).toContain("không dùng được");
    // The answer not saved named, to be typed again (it said only that the earlier answers were kept).
    expect(t.transcript).toContain("Câu trả lời 1.2 vừa nhập CHƯA được lưu: 500.");
    expect(t.transcript).not.toContain("Internal error");
    expect(t.transcript).not.toContain("Lỗi nội bộ");
    expect(readFileSync(file, "utf8")).toBe("# tạm\n");
  }, 60_000);
});

describe("assess resuming a file whose cohort a later version of the rubric renamed", () => {
  it("says so where the file names it and puts the cohort in its place (an error 'the questions cannot mend' before)", async () => {
    const later = path.join(dir, "assess-mini-2.yaml");
    writeFileSync(later, readFileSync(RUBRIC, "utf8").replace('version: "1"', 'version: "2"').replace("\ngroups:", "\ncohorts:\n  - {id: so-ban-nganh, label: {vi: \"Sở, ban, ngành\", en: \"Departments\"}, agency_types: [department]}\n  - {id: xa, label: {vi: \"Xã\", en: \"Communes\"}, agency_types: [commune]}\ngroups:"));
    const file = path.join(dir, "khoi-cu.yaml");
    writeFileSync(file, ['rubric: {id: assess-mini, version: "2"}', "agency: {id: so-k, name: Sở K, type: department, cohort: so-nganh}", 'period: "2025"', "respondent: {name: Lê K, position: null, phone: null, email: null}", "answers: {}", ""].join("\n"));
    const t = new Terminal(["assess", file, "--rubric", later]);
    await t.wait("1.1. Có cổng thông tin");
    expect(t.transcript).toMatch(/khoi-cu\.yaml:2:\d+ lỗi [^\n]*\[not-allowed-value\]/);
    expect(t.transcript).toContain("đã ghi: so-nganh");
    expect(t.transcript).not.toContain("mà các câu hỏi không sửa được");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(file, "utf8"), { stringKeys: true }).agency).toEqual({ id: "so-k", name: "Sở K", type: "department", cohort: "so-ban-nganh" });
  }, 60_000);
});

describe("assess resuming a file whose value a hand edit moved out from under its answer", () => {
  // `    value:` under "1.3": made 2 spaces: the error was said "one the questions cannot mend", 1.3 asked from nothing,
  // and the stray line stayed under answers:, the file still invalid once 1.3 was answered (officer21).
  it("asks that question first, offering the value, and takes the stray line back under it when the value is saved", async () => {
    const example = readFileSync(path.join(ROOT, "examples/xa-can-giuoc-tay-ninh.yaml"), "utf8");
    const held = example.replace(/^ {2}"1\.3":\n {4}value: .*\n {4}evidence:\n {6}- .*\n/m, '  "1.3":\n  value: {a: 1250, b: "?"}\n');
    expect(held).not.toBe(example);
    const file = path.join(dir, "xa-stranded.yaml");
    writeFileSync(file, held);
    const t = new Terminal(["assess", "xa-stranded.yaml"]);
    await t.wait("Tệp có 1 lỗi (ở trên): câu 1.3 sẽ được hỏi lại trước");
    await t.answer("a = Số hộ gia đình có kết nối Internet băng rộng cáp quang (1250)", "\r");
    await t.answer("b = Tổng số hộ gia đình trên địa bàn", "12480\r");
    await t.wait("Tài liệu đã khai ở chỉ số khác");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    const answers = parse(readFileSync(file, "utf8"), { stringKeys: true }).answers as Record<string, unknown>;
    expect(answers["1.3"]).toEqual({ value: { a: 1250, b: 12480 } });
    expect(answers).not.toHaveProperty("value");
  }, 60_000);
});

describe("assess resuming a file with parts of an answer unanswered", () => {
  it("says which and asks that question again first (it counted as answered, the part earning nothing)", async () => {
    const file = path.join(dir, "thieu-y.yaml");
    writeFileSync(file, ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-y, name: Sở Y, type: department}", 'period: "2025"', "respondent: {name: Lê Y, position: null, phone: null, email: null}", "answers:", '  "2.4": {value: {units: 3}}', ""].join("\n"));
    const t = new Terminal(["assess", file, "--rubric", RUBRIC]);
    await t.wait("2.4. Mạng WAN");
    expect(t.transcript).toContain("[part-unanswered]");
    expect(t.transcript).toContain("Câu 2.4 còn ý chưa trả lời (ở trên): sẽ được hỏi lại trước");
    expect(t.transcript).not.toContain("1.1.");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
  }, 60_000);
});

describe("assess of a file whose name is stored decomposed (NFD, as a zip from a Mac unpacks)", () => {
  it("a name typed composed (NFC) resumes that file, as score finds it; no second file is started beside it", async () => {
    const stored = "sở nội vụ.yaml".normalize("NFD");
    writeFileSync(path.join(dir, stored), ['rubric: {id: assess-mini, version: "1"}', "agency: {id: so-nv, name: Sở Nội vụ, type: department}", 'period: "2025"', "respondent: {name: Lê V, position: null, phone: null, email: null}", "answers:", '  "1.1": {value: false}', ""].join("\n"));
    const t = new Terminal(["assess", "sở nội vụ.yaml".normalize("NFC"), "--rubric", RUBRIC]);
    await t.wait("1.2. Số tin bài");
    expect(t.transcript).not.toContain("Tên cơ quan");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    expect(readdirSync(dir).filter((f) => f.normalize("NFC") === "sở nội vụ.yaml")).toEqual([stored]);
  }, 60_000);
});

describe("assess given letters typed decomposed (NFD: a Mac's paste, an input method set to Unicode tổ hợp)", () => {
  it("Backspace takes the whole letter and ← steps over it (it took one accent at a time, and ← landed inside it)", async () => {
    const t = new Terminal(["assess", "to-hop.yaml", "--rubric", RUBRIC, "--agency-type", "department"]);
    await t.answer("Tên cơ quan", "Sở Tiế".normalize("NFD"));
    await new Promise((r) => setTimeout(r, 200));
    t.child.stdin!.write("\x7f"); // Backspace: "ế" gone, not its acute alone
    await new Promise((r) => setTimeout(r, 200));
    t.child.stdin!.write("n Nguyễn".normalize("NFD"));
    await new Promise((r) => setTimeout(r, 200));
    t.child.stdin!.write("\x1b[D\x1b[D\x1b[D"); // ← three letters: before "ễ", not inside it
    await new Promise((r) => setTimeout(r, 200));
    t.child.stdin!.write("x");
    await t.answer("Tên cơ quan Sở Tin Nguxyễn", "\r");
    await t.answer("Mã cơ quan", "\x03");
    expect(await t.exited).toBe(130);
    expect(parse(readFileSync(path.join(dir, "to-hop.yaml"), "utf8")).agency.name).toBe("Sở Tin Nguxyễn");
  }, 60_000);
});

describe("assess given lines typed before its first question is drawn (the tool slow to start)", () => {
  // Found by helper typeahead12: readline was given them before inquirer listened, and dropped them; the name
  // question sat empty, and lines typed later went each to the question before its own (name: xa-a, period: Nguyen).
  it("keeps them, as a shell does: each line answers one question, in order", async () => {
    const t = new Terminal(["assess", "go-truoc.yaml", "--rubric", RUBRIC, "--agency-type", "department"]);
    t.child.stdin!.write("Xa A\rxa-a\r2025\rNguyen\r\r\r\r"); // the last three: Enter to skip position, phone, e-mail
    await t.wait("1.1. ");
    await t.answer("(c/k)", "\x03");
    expect(await t.exited).toBe(130);
    const saved = parse(readFileSync(path.join(dir, "go-truoc.yaml"), "utf8"), { stringKeys: true });
    expect([saved.agency.name, saved.agency.id, saved.period, saved.respondent.name]).toEqual(["Xa A", "xa-a", "2025", "Nguyen"]);
  }, 60_000);

  // The tool's own yes/no questions ("Thêm minh chứng khác?") dropped them: the rest of the lines was lost there.
  it("a yes/no question among them keeps its line too", async () => {
    const t = new Terminal(["assess", "go-truoc-ck.yaml", "--rubric", RUBRIC, "--agency-type", "department"]);
    // The header, then 1.1: yes, its evidence (number, date, no title, no link), no more evidence, a note.
    t.child.stdin!.write("Xa A\rxa-a\r2025\rNguyen\r\r\r\rcó\r12/QĐ-UBND\r31/03/2025\r\r\rk\rGhi chú\r");
    await t.wait("1.2. ");
    await t.answer("Giá trị", "\x03");
    expect(await t.exited).toBe(130);
    const saved = parse(readFileSync(path.join(dir, "go-truoc-ck.yaml"), "utf8"), { stringKeys: true });
    expect(saved.answers["1.1"]).toEqual({ value: true, evidence: [{ number: "12/QĐ-UBND", date: "2025-03-31" }], note: "Ghi chú" });
  }, 60_000);
});

describe("assess and colour", () => {
  // The prompts are inquirer's, coloured unless NO_COLOR is set: --no-color turns them plain too.
  // The terminal is stated, not inherited: Node gives no colour where CI is set or TERM is absent (as on CI).
  it.each([
    ["colour by default on a terminal", [], true],
    ["no colour with --no-color", ["--no-color"], false],
  ])("%s", async (_, flags, coloured) => {
    const t = new Terminal(["assess", `mau-${coloured}.yaml`, "--rubric", RUBRIC, ...flags], undefined, { NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, TERM: "xterm-256color" });
    await t.wait("Tên cơ quan");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    expect(/\x1b\[[0-9;]*m/.test(t.raw)).toBe(coloured);
  }, 60_000);
});

describe("assess on a rubric written in Vietnamese only", () => {
  // init and assess filled its English texts unsaid, where score and explain say it; said once, before the questions.
  it("--lang en says once, before the first question, that its texts are shown in Vietnamese", async () => {
    const viOnly = path.join(dir, "vi-only.yaml");
    writeFileSync(viOnly, readFileSync(path.join(ROOT, "rubrics/dti-cap-xa.yaml"), "utf8").replace(/en: "[^"]*"/g, "en: TODO").replace(/^period:/m, "languages: [vi]\nperiod:"));
    const t = new Terminal(["--lang", "en", "assess", "vi-only-answers.yaml", "--rubric", viOnly]);
    await t.wait("Agency name");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    const notice = "Rubric dti-cap-xa is written in Vietnamese only (languages: [vi]): its titles and texts are shown in Vietnamese";
    expect(t.transcript.split(notice)).toHaveLength(2);
    expect(t.transcript.indexOf(notice)).toBeLessThan(t.transcript.indexOf("Agency name"));
  }, 60_000);
});

describe("assess on a file fresh from init without -t", () => {
  // init leaves type: empty, as it leaves the name; assess opened on an error, "lỗi Chưa điền (bắt buộc) [empty-value]"
  // under type:, before asking it with the rest of the header. A type the rubric lacks is still shown where the file names it.
  it("asks the type with the header, no error said of it; a type the rubric lacks is still shown", async () => {
    const fresh = path.join(dir, "moi-init.yaml");
    expect(spawnSync(process.execPath, [BIN, "init", "--rubric", RUBRIC, "--lang", "vi", "-o", fresh]).status).toBe(0);
    const t = new Terminal(["assess", "moi-init.yaml", "--rubric", RUBRIC]);
    await t.answer("Tên cơ quan", "UBND xã Tân Thành\r");
    await t.answer("Mã cơ quan", "\r");
    await t.wait("Loại cơ quan");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    expect(t.transcript).not.toContain("empty-value");
    expect(t.transcript).not.toContain("Chưa điền");
    writeFileSync(fresh, readFileSync(fresh, "utf8").replace(/^ {2}type:.*$/m, "  type: ward"));
    const wrong = new Terminal(["assess", "moi-init.yaml", "--rubric", RUBRIC]);
    await wrong.wait("Loại cơ quan");
    wrong.child.stdin!.write("\x03");
    expect(await wrong.exited).toBe(130);
    expect(wrong.transcript).toContain("[not-allowed-value]");
  }, 60_000);
});

describe("assess asking the type of a file made without --rubric", () => {
  // A commune that ran `init -o xa.yaml` (or `assess xa.yaml`) was offered only Sở / Ban / ngành dọc, and nothing said
  // that dti-cap-xa is bundled for it: under the list, each other kind of agency and the command that starts its file
  // over for it, keeping the name typed (init --force, said before, lost it: officer46).
  it("says under the list the bundled rubric of each other kind of agency and the assess command that starts the file over, which works", async () => {
    const flat = (text: string) => text.replace(/\s+/g, " ");
    const fromInit = path.join(dir, "xa-khac.yaml");
    expect(spawnSync(process.execPath, [BIN, "init", "-o", "xa-khac.yaml"], { cwd: dir }).status).toBe(0);
    const t = new Terminal(["assess", "xa-khac.yaml"], 80);
    await t.answer("Tên cơ quan", "UBND xã Tân Thành\r");
    await t.answer("Mã cơ quan", "\r");
    await t.wait("Loại cơ quan");
    await t.wait("↑↓");
    t.child.stdin!.write("\x03");
    expect(await t.exited).toBe(130);
    const shown = flat(t.transcript.slice(t.transcript.lastIndexOf("Loại cơ quan")));
    expect(shown).toContain("❯ Sở, ban, ngành cấp tỉnh Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh Cơ quan ngành dọc đóng trên địa bàn tỉnh ");
    expect(shown).toContain("Cơ quan loại khác (UBND xã, UBND phường): egov-score assess xa-khac.yaml --rubric dti-cap-xa ");
    expect(shown).toContain("Cơ quan loại khác (Thành phố / đô thị, Tỉnh): egov-score assess xa-khac.yaml --rubric un-losi-2022 ");
    // The command said makes the commune's file, the name typed kept.
    const over = new Terminal(["assess", "xa-khac.yaml", "--rubric", "dti-cap-xa"], 200);
    await over.answer("(c/K)", "c\r");
    await over.wait("UBND phường");
    await over.answer("↑↓", "\x03");
    expect(await over.exited).toBe(130);
    expect(readFileSync(fromInit, "utf8")).toContain("rubric: {id: dti-cap-xa");
    expect(parse(readFileSync(fromInit, "utf8")).agency.name).toBe("UBND xã Tân Thành");

    // A file assess starts is made at the name: `assess moi.yaml --rubric dti-cap-xa` then refuses it, init --force makes it again.
    const en = new Terminal(["--lang", "en", "assess", "xa-bat-dau.yaml"], 120);
    await en.answer("Agency name", "Tan Thanh Commune\r");
    await en.answer("Agency id", "\r");
    await en.wait("Agency type");
    await en.wait("↑↓");
    en.child.stdin!.write("\x03");
    expect(await en.exited).toBe(130);
    expect(flat(en.transcript)).toContain("Another kind of agency (Commune People's Committee, Ward People's Committee): egov-score --lang en assess xa-bat-dau.yaml --rubric dti-cap-xa ");

    // A rubric named with --rubric was chosen: nothing is said.
    const chosen = new Terminal(["assess", "so-da-chon.yaml", "--rubric", "dti-cap-so"], 120);
    await chosen.answer("Tên cơ quan", "Sở Chọn\r");
    await chosen.answer("Mã cơ quan", "\r");
    await chosen.wait("↑↓");
    chosen.child.stdin!.write("\x03");
    expect(await chosen.exited).toBe(130);
    expect(chosen.transcript).not.toContain("Cơ quan loại khác");
  }, 90_000);
});

// `assess moi.yaml` began the default rubric's file; the commune's officer typed the name and quit on seeing the
// provincial types: `--rubric dti-cap-xa` was then refused, its init --force losing the name typed.
describe("assess FILE --rubric R on a file of another rubric holding only its header", () => {
  it("asks to start it over for R; yes keeps the name typed and goes on with R's questions", async () => {
    const first = new Terminal(["assess", "moi.yaml"], 200);
    await first.answer("Tên cơ quan", "UBND xã Tân Phú\r");
    await first.answer("Mã cơ quan", "\x03");
    expect(await first.exited).toBe(130);
    // Stopped at the question: the way to be asked again, not the refusal and init --force that lost the name (officer46).
    const stopped = new Terminal(["assess", "moi.yaml", "--rubric", "dti-cap-xa"], 200);
    await stopped.answer("(c/K)", "\x03");
    expect(await stopped.exited).toBe(130);
    expect(stopped.transcript.replace(/\s+/g, " ")).toContain("Đã dừng; moi.yaml để nguyên, vẫn theo bộ chỉ số dti-cap-so. Để bắt đầu lại tệp theo bộ dti-cap-xa, giữ phần đầu tệp: egov-score assess moi.yaml --rubric dti-cap-xa");
    expect(stopped.transcript).not.toContain("--force");
    const again = new Terminal(["assess", "moi.yaml", "--rubric", "dti-cap-xa"], 200);
    await again.wait("giữ tên cơ quan đã nhập?");
    await again.answer("(c/K)", "c\r");
    await again.answer("Mã cơ quan", "\x03");
    expect(await again.exited).toBe(130);
    expect(again.transcript).toContain("Đã bắt đầu lại moi.yaml theo bộ chỉ số dti-cap-xa");
    // The code is offered from the name kept.
    expect(again.transcript).toContain("ubnd-xa-tan-phu");
    const fresh = parse(readFileSync(path.join(dir, "moi.yaml"), "utf8"));
    expect(fresh.rubric.id).toBe("dti-cap-xa");
    expect(fresh.agency.name).toBe("UBND xã Tân Phú");
  }, 90_000);

  // `init -o trong.yaml` then `assess trong.yaml -t "UBND xã"` said to start a new file: this one, holding no answer,
  // is started over for dti-cap-xa by the command above, which the refusal now names (officer46).
  it("-t of another bundled rubric's type names the command that starts the file over for that rubric, which does", async () => {
    const flat = (text: string) => text.replace(/\s+/g, " ");
    expect(spawnSync(process.execPath, [BIN, "init", "-o", "trong.yaml"], { cwd: dir }).status).toBe(0);
    for (const [lang, said] of [
      ["en", "it is a type of dti-cap-xa. trong.yaml holds no answers yet, so it can be started over for dti-cap-xa: egov-score --lang en assess trong.yaml --rubric dti-cap-xa -t commune"],
      ["vi", "loại này thuộc bộ chỉ số dti-cap-xa. Tệp trong.yaml chưa có câu trả lời nào, nên có thể bắt đầu lại theo bộ dti-cap-xa: egov-score --lang vi assess trong.yaml --rubric dti-cap-xa -t commune"],
    ]) {
      const t = new Terminal(["--lang", lang!, "assess", "trong.yaml", "-t", "UBND xã"], 300);
      expect(await t.exited).toBe(2);
      expect(flat(t.transcript)).toContain(said);
    }
    const again = new Terminal(["assess", "trong.yaml", "--rubric", "dti-cap-xa", "-t", "commune"], 200);
    await again.answer("(c/K)", "c\r");
    await again.answer("Tên cơ quan", "\x03");
    expect(await again.exited).toBe(130);
    expect(parse(readFileSync(path.join(dir, "trong.yaml"), "utf8")).rubric.id).toBe("dti-cap-xa");
  }, 90_000);
});
