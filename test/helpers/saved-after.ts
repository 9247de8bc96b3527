import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { AgencyDoc } from "../../src/assess/agency-doc.js";

/** A folder for a test file's agency files, removed after its tests: fresh paths in it, and an edit of a file saved there. */
export function agencyDocFolder(): {
  dir: string;
  fileNamed: (stem: string) => string;
  savedAfter: (text: string, edit: (doc: AgencyDoc) => void) => string;
} {
  const dir = mkdtempSync(path.join(tmpdir(), "egov-agency-doc-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  /** A path in the folder no other test of the file uses. */
  const fileNamed = (stem: string): string => path.join(dir, `${stem}-${n++}.yaml`);
  /** The file after opening `text`, applying `edit` and saving. */
  const savedAfter = (text: string, edit: (doc: AgencyDoc) => void): string => {
    const file = fileNamed("a");
    writeFileSync(file, text);
    const doc = AgencyDoc.open(file)!;
    edit(doc);
    doc.save();
    return readFileSync(file, "utf8");
  };
  return { dir, fileNamed, savedAfter };
}
