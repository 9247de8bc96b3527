import { describe, expect, it } from "vitest";
import { detectLang } from "../../src/i18n/lang.js";

describe("detectLang: --lang, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG (as gettext orders them)", () => {
  it.each([
    ["--lang wins over the environment", "en", { LC_ALL: "vi_VN.UTF-8" }, "en"],
    ["--lang vn is Vietnamese", "vn", {}, "vi"],
    ["LC_ALL over LC_MESSAGES and LANG", undefined, { LC_ALL: "vi_VN.UTF-8", LC_MESSAGES: "en_US.UTF-8", LANG: "en_US.UTF-8" }, "vi"],
    ["LC_ALL in English over a Vietnamese LANG", undefined, { LC_ALL: "C.UTF-8", LANG: "vi_VN.UTF-8" }, "en"],
    ["LC_MESSAGES over LANG", undefined, { LC_MESSAGES: "vi_VN", LANG: "en_US.UTF-8" }, "vi"],
    ["an empty LC_ALL is no setting", undefined, { LC_ALL: "", LANG: "vi_VN.UTF-8" }, "vi"],
    ["nothing set: English", undefined, {}, "en"],
    ["LANGUAGE before LANG, as gettext reads it", undefined, { LANGUAGE: "vi:en", LANG: "en_US.UTF-8" }, "vi"],
    ["LANGUAGE's first language the tool speaks", undefined, { LANGUAGE: "fr:en_GB:vi", LANG: "vi_VN.UTF-8" }, "en"],
    ["LANGUAGE with no language the tool speaks: the locale", undefined, { LANGUAGE: "fr:de", LANG: "vi_VN.UTF-8" }, "vi"],
    ["LANGUAGE under the C locale is not read (gettext)", undefined, { LANGUAGE: "vi", LC_ALL: "C" }, "en"],
    ["LANGUAGE under C.UTF-8 is not read either", undefined, { LANGUAGE: "vi", LANG: "C.UTF-8" }, "en"],
    ["LANGUAGE alone", undefined, { LANGUAGE: "vi" }, "vi"],
  ])("%s", (_name, flag, env, lang) => {
    // No system locale: on Windows the default reads the machine's regional format (vi-VN on an officer's PC).
    expect(detectLang(flag, env, () => undefined)).toBe(lang);
  });
});
