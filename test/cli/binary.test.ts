import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** English whatever the machine's locale: LC_ALL and LC_MESSAGES win over LANG (a Vietnamese desktop sets them). */
const ENGLISH = { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8", NO_COLOR: "1" };

/** A few runs of the real command (bin/egov-score.js → dist/), as a user runs it. */
const run = (args: string[], input?: string) => spawnSync(process.execPath, ["bin/egov-score.js", ...args], { encoding: "utf8", input, env: ENGLISH });

/** In a folder of its own (removed after), the command run with `preload`, a script that patches `fs` to stage a failure. */
function withPreload(name: string, preload: string, body: (dir: string, runWith: (args: string[]) => SpawnSyncReturns<string>) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), "egov-preload-"));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, preload);
    body(dir, (args) => spawnSync(process.execPath, ["--require", file, "bin/egov-score.js", ...args], { encoding: "utf8", env: ENGLISH }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the built egov-score command", () => {
  it("--version exits 0", () => {
    const r = run(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("scores the seed agency (exit 0)", () => {
    const r = run(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].agencies[0].score.total).toBe(849.23);
  });

  it.skipIf(process.platform === "win32")("stopped by Ctrl-C between two reports, says which were written and which not (exit 130)", () => {
    // The signal the moment the first report is put in place (linked, as a new file; renamed over an old one);
    // it is handled before the next is begun.
    withPreload("signal-after-first-report.cjs", `const fs = require("fs"); let sent = false;
for (const name of ["renameSync", "linkSync"]) { const real = fs[name];
  fs[name] = (...args) => { real(...args); if (!sent && /report\\.(md|html)$/.test(String(args[1]))) { sent = true; process.kill(process.pid, "SIGINT"); } }; }\n`, (dir, runWith) => {
      const r = runWith(["score", "examples/so-khcn-quang-binh.yaml", "--format", "md,html,csv", "--output-dir", dir]);
      expect(r.status).toBe(130);
      const report = (ext: string) => path.join(dir, `egov-score-report.${ext}`);
      expect(r.stderr).toContain(`Stopped part way: written ${report("md")}; not written ${report("html")}, ${report("csv")}`);
      expect(readdirSync(dir).sort()).toEqual(["egov-score-report.md", "signal-after-first-report.cjs"]);
    });
  });

  it.skipIf(process.platform === "win32")("stopped while scoring (a CI job's time limit), says the report was not written and the earlier one is kept (exit 143; it said nothing)", () => {
    // SIGTERM as the agency file is read: handled once the scoring's synchronous work gives the event loop a turn.
    withPreload("term-at-read.cjs", `const fs = require("fs"); const real = fs.openSync; let sent = false;
fs.openSync = (file, ...rest) => { if (!sent && /so-khcn-quang-binh\.yaml$/.test(String(file))) { sent = true; process.kill(process.pid, "SIGTERM"); } return real(file, ...rest); };\n`, (dir, runWith) => {
      const report = path.join(dir, "r.json");
      writeFileSync(report, "the earlier run's");
      const r = runWith(["score", "examples/so-khcn-quang-binh.yaml", "-o", report, "--force"]);
      expect(r.status).toBe(143);
      expect(r.stderr).toContain(`Stopped part way: written –; not written ${report} (a file of that name already there, if any, is still the earlier run's)`);
      expect(readFileSync(report, "utf8")).toBe("the earlier run's");
      expect(readdirSync(dir).sort()).toEqual(["r.json", "term-at-read.cjs"]);
    });
  });

  it.skipIf(process.platform === "win32")("a report refused after another was written (a full disk) says which were written and which not, the old one kept", () => {
    // The disk fills up as the second report's temporary file is made.
    withPreload("full-at-html.cjs", `const fs = require("fs"); const real = fs.openSync;
fs.openSync = (file, ...rest) => { if (/egov-score-report\\.html\\..*\\.tmp$/.test(String(file))) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC", syscall: "open", path: String(file) }); return real(file, ...rest); };\n`, (dir, runWith) => {
      const report = (ext: string) => path.join(dir, `egov-score-report.${ext}`);
      writeFileSync(report("html"), "the earlier run's");
      const r = runWith(["score", "examples/so-khcn-quang-binh.yaml", "--format", "md,html,csv", "--output-dir", dir, "--force"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`Cannot write ${report("html")}: no space left on the disk`);
      // Without it, "Wrote …md" and "Cannot write …html" left the earlier run's html to go out with the new md as one set.
      expect(r.stderr).toContain(`Stopped part way: written ${report("md")}; not written ${report("html")}, ${report("csv")}`);
      expect(readFileSync(report("html"), "utf8")).toBe("the earlier run's");
      expect(readdirSync(dir).sort()).toEqual(["egov-score-report.html", "egov-score-report.md", "full-at-html.cjs"]);
    });
  });

  it("reports an invalid file with exit 1 and no stack trace", () => {
    const r = run(["validate", "examples/invalid/so-xay-dung-loi.yaml"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("examples/invalid/so-xay-dung-loi.yaml:45:12 error");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("never writes a report over the file standard input is redirected from (score - -o s.yaml < s.yaml)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-bin-"));
    try {
      const file = path.join(dir, "s.yaml");
      copyFileSync("examples/so-khcn-quang-binh.yaml", file);
      const before = readFileSync(file, "utf8");
      const fd = openSync(file, "r");
      try {
        const r = spawnSync(process.execPath, ["bin/egov-score.js", "score", "-", "-o", file, "--force", "--format", "json"], { encoding: "utf8", stdio: [fd, "pipe", "pipe"], env: ENGLISH });
        expect([r.status, r.stderr]).toEqual([2, expect.stringContaining("is a file this run reads")]);
      } finally {
        closeSync(fd);
      }
      expect(readFileSync(file, "utf8")).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("usage errors exit 2", () => {
    expect(run(["score"]).status).toBe(2);
    expect(run(["score", "x.yaml", "--format", "pdf"]).status).toBe(2);
  });

  it("survives two 1000-deep documents in one process", () => {
    const dir = "test/fixtures/deep";
    const r = run(["validate", `${dir}/deep-a.yaml`, `${dir}/deep-b.yaml`]);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/\[too-deep\]/g)).toHaveLength(2);
    // Lines of dashes alone nest as deep and were never counted: V8 aborted (exit 134) on a 4 KB file.
    const dashes = run(["validate", `${dir}/dashes-a.yaml`, `${dir}/dashes-b.yaml`]);
    expect([dashes.status, dashes.stderr.match(/\[too-deep\]/g)?.length]).toEqual([1, 2]);
  });
});

// Root reads any folder: as root, the command runs as the unprivileged user nobody (util-linux setpriv). That needs
// nobody to reach the checkout (a clone under /root, mode 700, it cannot) and the temporary folder: asked, not assumed.
const asRoot = process.getuid?.() === 0;
const asNobody = (args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", ...args], { encoding: "utf8", env });
const canDrop = asRoot
  && asNobody([process.execPath, "bin/egov-score.js", "--version"]).status === 0
  && asNobody([process.execPath, "-e", `require("node:fs").accessSync(${JSON.stringify(tmpdir())}, require("node:fs").constants.X_OK)`]).status === 0;

describe("a folder the command cannot read", () => {
  const runLimited = (args: string[]) => asRoot
    ? asNobody([process.execPath, "bin/egov-score.js", ...args], { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "vi_VN.UTF-8", NO_COLOR: "1" })
    : spawnSync(process.execPath, ["bin/egov-score.js", ...args], { encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "vi_VN.UTF-8", NO_COLOR: "1" } });

  it.runIf(!asRoot || canDrop)("is listed as not scored with the system's reason, and the rest is scored (exit 1)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-locked-"));
    try {
      chmodSync(dir, 0o755);
      mkdirSync(path.join(dir, "locked"));
      mkdirSync(path.join(dir, "open"));
      copyFileSync("examples/ban-qlkkt-quang-binh.yaml", path.join(dir, "locked", "bql.yaml"));
      copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(dir, "open", "so.yaml"));
      // Open to nobody whatever the umask (under 077 "open" and its file were as closed as "locked").
      chmodSync(path.join(dir, "open"), 0o755);
      for (const f of ["open/so.yaml", "locked/bql.yaml"]) chmodSync(path.join(dir, f), 0o644);
      chmodSync(path.join(dir, "locked"), 0o000);
      const locked = path.join(dir, "locked");
      for (const args of [[dir], [locked, path.join(dir, "open")], [`${dir}/**/*.yaml`], [`${dir}/{open,locked}/*.yaml`]]) {
        const r = runLimited(["score", ...args, "--format", "json"]);
        expect(r.status).toBe(1);
        const report = JSON.parse(r.stdout);
        expect(report.rubrics[0].agencies.map((a: { score: { agency: { id: string } } }) => a.score.agency.id)).toEqual(["qb-skhcn"]);
        expect(report.not_scored).toEqual([expect.objectContaining({ file: locked, errors: [expect.objectContaining({ code: "folder-unreadable", line: null })] })]);
        expect(r.stderr).toContain(`${locked} lỗi Không đọc được thư mục, các tệp trong đó chưa được chấm: không có quyền truy cập [folder-unreadable]`);
      }
      // Counted as a folder, not as a file, where the terminal report and validate sum up.
      expect(runLimited(["score", dir]).stdout).toContain("Không chấm được (0 tệp, 1 thư mục không đọc được)");
      expect(runLimited(["validate", dir]).stderr).toContain("1 tệp hợp lệ, 0 tệp lỗi, 1 thư mục không đọc được");
      // A file inside it, named or as an alternative: there, but out of reach; never "no such file", never left out.
      for (const args of [[path.join(locked, "bql.yaml"), path.join(dir, "open")], [`${dir}/{open/so.yaml,locked/bql.yaml}`]]) {
        const r = runLimited(["score", ...args, "--format", "json"]);
        expect(r.status).toBe(1);
        expect(JSON.parse(r.stdout).not_scored).toEqual([expect.objectContaining({ file: path.join(locked, "bql.yaml"), errors: [expect.objectContaining({ params: { detail: "EACCES" } })] })]);
      }
    } finally {
      chmodSync(path.join(dir, "locked"), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("several reports, one of them into a folder that cannot take it", () => {
  it.runIf(!asRoot || canDrop)("is refused before any work, and no report is written (the first was written, the second refused after the batch)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-outputs-"));
    try {
      chmodSync(dir, 0o777);
      mkdirSync(path.join(dir, "pub"), { mode: 0o777 });
      mkdirSync(path.join(dir, "locked"), { mode: 0o555 });
      chmodSync(path.join(dir, "pub"), 0o777);
      chmodSync(path.join(dir, "locked"), 0o555);
      const args = ["bin/egov-score.js", "score", "examples/so-khcn-quang-binh.yaml", "-o", path.join(dir, "pub", "r.csv"), "-o", path.join(dir, "locked", "r.html")];
      const env = ENGLISH;
      const r = asRoot
        ? asNobody([process.execPath, ...args], env)
        : spawnSync(process.execPath, args, { encoding: "utf8", env });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`Cannot write ${path.join(dir, "locked", "r.html")}: permission denied`);
      expect(r.stderr).not.toContain("Wrote");
      expect(readdirSync(path.join(dir, "pub"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("standard input without end", () => {
  it.skipIf(process.platform === "win32")("is read only up to the size limit, then refused as too large (exit 1)", () => {
    // `yes` writes forever: reading to the end would never finish, nor fit in memory.
    const r = spawnSync("sh", ["-c", `yes 'a: 1' | "${process.execPath}" bin/egov-score.js score - --format json`], { encoding: "utf8", timeout: 60_000, env: ENGLISH });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).not_scored).toEqual([expect.objectContaining({ file: "<stdin>", errors: [expect.objectContaining({ code: "stdin-too-large" })] })]);
    expect(r.stderr).toContain("Standard input is too large: more than 4194304 bytes");
  });
});

describe("standard output that fails", () => {
  const shell = (script: string, env: Record<string, string> = {}) => spawnSync("sh", ["-c", script], { encoding: "utf8", timeout: 60_000, env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "vi_VN.UTF-8", NO_COLOR: "1", ...env } });

  it.skipIf(process.platform !== "linux")("a full disk is said in the user's words, exit 2, no stack trace (it was a stack and exit 1)", () => {
    const r = shell(`"${process.execPath}" bin/egov-score.js score examples/so-khcn-quang-binh.yaml --format json > /dev/full`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Không ghi được báo cáo ra đầu ra chuẩn: ổ đĩa đã đầy");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(process.platform === "win32")("a pipe closed early (| head) keeps the exit code the data earned: 1 for an invalid file (it was 0)", () => {
    // sh has no PIPESTATUS: the command's own status is written to a file.
    const dir = mkdtempSync(path.join(tmpdir(), "egov-pipe-"));
    const status = path.join(dir, "rc");
    try {
      // The html report (over 200 KB) passes what a pipe holds (64 KiB): the write meets the closed pipe. The
      // table (26 KB) fitted, and the test passed without the pipe's error handled at all.
      const piped = shell(`("${process.execPath}" bin/egov-score.js score examples/ --format html 2>/dev/null; echo $? > "${status}") | head -c 1 >/dev/null`);
      expect(piped.status).toBe(0);
      expect(spawnSync("cat", [status], { encoding: "utf8" }).stdout.trim()).toBe("1");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === "win32")("standard error closed early too (2>&1 | head) keeps the exit code: 2 for an unusable rubric (it became 1)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-pipe-"));
    const rubric = path.join(dir, "bad-rubric.yaml");
    writeFileSync(rubric, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace("scale: 1000", "scale: 999"));
    const status = path.join(dir, "rc");
    try {
      for (let i = 0; i < 3; i++) {
        shell(`("${process.execPath}" bin/egov-score.js validate examples/so-khcn-quang-binh.yaml --rubric "${rubric}" 2>&1; echo $? > "${status}") | head -c 1 >/dev/null`);
        expect(readFileSync(status, "utf8").trim()).toBe("2");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === "win32")("a temporary folder that cannot be used is said with what to do, exit 2 (it was an internal error); a small batch does not need it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-big-"));
    try {
      const one = shell(`"${process.execPath}" bin/egov-score.js score examples/so-khcn-quang-binh.yaml --format json`, { TMPDIR: "/nonexistent-egov" });
      expect([one.status, one.stderr]).toEqual([0, ""]);
      expect(JSON.parse(one.stdout).rubrics[0].agencies).toHaveLength(1);
      // A batch large enough for worker threads spools its results to the temporary folder.
      for (let i = 0; i < 600; i++) copyFileSync("examples/so-khcn-quang-binh.yaml", path.join(dir, `a${i}.yaml`));
      const r = shell(`"${process.execPath}" bin/egov-score.js score "${dir}" --format json`, { TMPDIR: "/nonexistent-egov" });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("Không dùng được thư mục tạm /nonexistent-egov");
      expect(r.stderr).toContain("TMPDIR");
      // A file-size limit on the process (ulimit -f) follows it to any folder: raising it is the advice, not only another TMPDIR.
      const limited = shell(`ulimit -f 0 && "${process.execPath}" bin/egov-score.js score "${dir}" --format json`);
      expect(limited.status).toBe(2);
      expect(limited.stderr).toContain("nâng giới hạn kích thước tệp (ulimit -f unlimited)");
      expect(limited.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
