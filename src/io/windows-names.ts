import path from "node:path";

/** reservedOnWindows where it matters: on Windows (elsewhere CON.csv is a file like any other). */
export function deviceNameHere(file: string): boolean {
  return process.platform === "win32" && reservedOnWindows(file);
}

/**
 * A name Windows gives to a device whatever its extension (CON, NUL, COM1.csv…), or that it silently changes
 * (a trailing dot or space is dropped): a report "written" there goes to the device or to another name.
 */
export function reservedOnWindows(file: string): boolean {
  const name = path.win32.basename(file);
  if (/[. ]$/.test(name)) return true;
  const stem = name.split(".")[0]!.trimEnd();
  return /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i.test(stem);
}
