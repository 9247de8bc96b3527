import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync("README.md", "utf8");
/** README's "Layout:" paragraph, up to the blank line that ends it. */
const layout = readme.slice(readme.indexOf("Layout:"), readme.indexOf("\n\n", readme.indexOf("Layout:")) >>> 0);

describe("README's Layout names every folder of src/", () => {
  it("each src/ folder is said there (a developer reads it to find where a thing is)", () => {
    expect(layout.length).toBeGreaterThan(0);
    const folders = readdirSync("src", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !layout.includes(`\`src/${f}/\``))).toEqual([]);
  });
});
