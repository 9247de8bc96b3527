/**
 * A Windows drive's letter and colon (`C:`), as a path copied from Windows starts: one spelling for every place that
 * recognises one (a path given on the command line, an evidence link, a path in double quotes), to put in a pattern.
 */
export const DRIVE = "[A-Za-z]:";

/** The drive (`C:`) a text starts with as a path (`C:\…`, `C:/…`), else undefined. */
export function driveAtStart(text: string): string | undefined {
  return DRIVE_AT_START.exec(text)?.[1];
}
const DRIVE_AT_START = new RegExp(String.raw`^(${DRIVE})[\\/]`);
