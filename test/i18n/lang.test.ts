import { describe, expect, it } from "vitest";
import { detectLang } from "../../src/i18n/lang.js";

describe("detectLang: --lang, then LC_ALL, LC_MESSAGES, LANG (as POSIX orders them)", () => {
  it.each([
    ["--lang wins over the environment", "en", { LC_ALL: "vi_VN.UTF-8" }, "en"],
    ["--lang vn is Vietnamese", "vn", {}, "vi"],
    ["LC_ALL over LC_MESSAGES and LANG", undefined, { LC_ALL: "vi_VN.UTF-8", LC_MESSAGES: "en_US.UTF-8", LANG: "en_US.UTF-8" }, "vi"],
    ["LC_ALL in English over a Vietnamese LANG", undefined, { LC_ALL: "C.UTF-8", LANG: "vi_VN.UTF-8" }, "en"],
    ["LC_MESSAGES over LANG", undefined, { LC_MESSAGES: "vi_VN", LANG: "en_US.UTF-8" }, "vi"],
    ["an empty LC_ALL is no setting", undefined, { LC_ALL: "", LANG: "vi_VN.UTF-8" }, "vi"],
    ["nothing set: English", undefined, {}, "en"],
  ])("%s", (_name, flag, env, lang) => {
    // No system locale: on Windows the default reads the machine's regional format (vi-VN on an officer's PC).
    expect(detectLang(flag, env, () => undefined)).toBe(lang);
  });
});
