import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const demo = (args: string[], env: Record<string, string>) => spawnSync(process.execPath, ["scripts/demo.mjs", ...args], { encoding: "utf8", env: { ...process.env, LANGUAGE: "", LC_ALL: "", LC_MESSAGES: "", ...env } });

// `npm run demo` in Vietnamese printed every table and error in Vietnamese, then its last line in English (newcomer2).
describe("npm run demo's last line", () => {
  it.each([
    [[], { LANG: "vi_VN.UTF-8" }, "egov-score kết thúc với mã 1 vì examples/invalid/ có một tệp cố ý viết sai (xem các lỗi ở trên)."],
    [["--lang", "vi"], { LANG: "C.UTF-8" }, "egov-score kết thúc với mã 1 vì examples/invalid/"],
    [["--lang=en"], { LANG: "vi_VN.UTF-8" }, "egov-score exited with 1 because examples/invalid/ holds a deliberately invalid file (see the errors above)."],
    [[], { LANG: "C.UTF-8" }, "egov-score exited with 1 because examples/invalid/"],
  ])("%j with %j is in the output's language, and the demo ends with 0", (args, env, said) => {
    const r = demo(args, env);
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split("\n").at(-1)).toContain(said);
  });
});
