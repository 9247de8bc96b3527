/** A key's escape sequence as the terminal sends it: an arrow (ESC [ D), a function key (ESC O P), Alt with a key. */
const KEY_SEQUENCE = /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/gsu;
/** Control characters no answer holds (tab aside): they made the saved file unreadable ("binary-file"). */
const CONTROL = /[\u0000-\u0008\u000a-\u001f]/u;

/**
 * A typed answer as the officer meant it, where readline edits no line: under TERM=dumb it adds every key
 * to the answer as it comes, so that Backspace was saved as a DEL character (the file then refused as
 * binary by validate and score), Ctrl-U as another, an arrow as its escape sequence. Here Backspace takes
 * the letter before it, Ctrl-U the line before it, Ctrl-W the word before it; other keys and control
 * characters are dropped. Letters are composed (NFC). On any other terminal readline has done the editing
 * already and none of these is left in the line: the answer is only composed.
 */
export function typedLine(raw: string): string {
  const letters: string[] = [];
  const last = () => letters[letters.length - 1]!;
  for (const c of raw.replace(KEY_SEQUENCE, "").normalize("NFC")) {
    if (c === "\x7f" || c === "\b") letters.pop();
    else if (c === "\x15") letters.length = 0;
    else if (c === "\x17") {
      while (letters.length > 0 && /\s/u.test(last())) letters.pop();
      while (letters.length > 0 && !/\s/u.test(last())) letters.pop();
    } else if (!CONTROL.test(c)) letters.push(c);
  }
  return letters.join("");
}
