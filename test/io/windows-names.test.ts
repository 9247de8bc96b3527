import { describe, expect, it } from "vitest";
import { reservedOnWindows } from "../../src/io/windows-names.js";

describe("reservedOnWindows", () => {
  it.each([
    ["CON", true], ["con.csv", true], ["Nul.tar.gz", true], ["reports\\AUX.html", true], ["out/COM1.json", true],
    ["lpt9.xlsx", true], ["COM¹.md", true], ["CON .csv", true], ["conin$.txt", true],
    ["report.csv.", true], ["report.csv ", true],
    ["console.csv", false], ["con-2025.csv", false], ["com10.csv", false], ["nul/report.csv", false], ["báo cáo.xlsx", false], ["r.csv", false],
  ])("%s → %s", (file, reserved) => {
    expect(reservedOnWindows(file)).toBe(reserved);
  });
});
