import { PassThrough } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { cleanUpOnInterrupt } from "../io/interrupt-cleanup.js";

/**
 * Standard input for one typed answer, the line breaks of a paste made spaces: a terminal sends a pasted
 * "Họp quý I⏎Họp quý II⏎…" at once, readline took its first line as the answer and the rest was dropped
 * with the prompt. Nothing is handed to readline before `listening` is called (see where it is held below).
 * `done` gives standard input back (paused, as between questions).
 *
 * `terminal`, where the questions are drawn, is asked for bracketed paste (a paste arrives between
 * ESC [200~ and ESC [201~): what arrives at once is a guess, and a long paste the terminal sends in two
 * reads, the first ending after a line break, ended the answer there. A terminal without the mode ignores
 * the request and the guess stands.
 */
export function pasteAsOneLine(stdin: NodeJS.ReadStream, terminal?: NodeJS.WritableStream): { input: NodeJS.ReadableStream; listening: () => void; done: () => void } {
  // Raw mode and isTTY pass through: readline reads keys from it as from the terminal (Ctrl-C included).
  const proxy = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: (mode: boolean) => { stdin.setRawMode(mode); return proxy; },
  });
  // As the terminal's: Ctrl-D's close is seen in the raw mode readline gives up (see stopAtEndOfInput).
  Object.defineProperty(proxy, "isRaw", { get: () => stdin.isRaw });
  const decoder = new StringDecoder("utf8"); // a letter split between two reads stays whole
  let inKey = false; // the last read ended inside a key's escape sequence ("ESC [", its end to come)
  // Of several letters that arrive at once (a paste, keys typed fast over a slow connection), readline puts all
  // but the last at the end of the line, wherever the cursor is ("Sở vụ", ← ←, a pasted "Nội " gave "Sở vụNội ").
  // Keys go to it one at a time (a key's escape sequence split so is read whole, as across two reads); a run of
  // letters goes as one key, which readline puts at the cursor: a key at a time, inquirer drew the whole line
  // again after each letter, and a paste of 10,000 letters took 26 s and 75 MB of output (the square of its length).
  const forward = (arrived: string) => {
    const text = asTyped(arrived);
    for (const part of inKey ? [...text] : keysAndRuns(text)) {
      // A run is handed over only with nothing written before it still unread, so that it keeps its place.
      if (part.length > 1 && !part.startsWith("\x1b") && proxy.readableLength === 0 && !proxy.isPaused()) proxy.emit("keypress", part, { sequence: part, ctrl: false, meta: false, shift: false });
      else for (const key of part) proxy.write(key);
    }
    inKey = UNFINISHED_KEY.test(text);
  };
  // Inside a bracketed paste every line break is text (a space), the last one too: only a typed Enter ends the
  // answer. A paste mark cut between two reads is held until the next (or for 50 ms: a lone Escape typed).
  let pasting = false;
  let held = "";
  let release: NodeJS.Timeout | undefined;
  // A paste's text is handed over whole at its end mark: inquirer draws the line again for each key readline
  // is given, and a paste the terminal sends in reads of 4 KB took the square of its length (189 KB 4.7 s,
  // 1.5 MB 200 s, Ctrl-C waiting for it). What came is handed over too after 200 ms without more (a slow
  // connection), the paste going on: its end mark, not a pause, ends it.
  let pasted = "";
  let pasteQuiet: NodeJS.Timeout | undefined;
  const handOverPaste = () => { clearTimeout(pasteQuiet); if (pasted) forward(pasted.replace(/[ \t]*[\r\n]+[ \t]*/g, " ")); pasted = ""; };
  const take = (arrived: string) => {
    clearTimeout(release);
    clearTimeout(pasteQuiet);
    let text = held + arrived;
    held = MARK_BEGUN.exec(text)?.[0] ?? "";
    text = text.slice(0, text.length - held.length);
    for (const piece of text.split(PASTE_MARK)) {
      if (piece === PASTE_START) pasting = true;
      else if (piece === PASTE_END) { pasting = false; handOverPaste(); }
      else if (piece && pasting) pasted += piece;
      else if (piece) {
        // Ctrl-Z stops the process (readline, given the key, sends it SIGTSTP): the shell's paste then arrived
        // marked (dash, bash before 5.1 ran "^[[200~Sở…" as a command). Asked again on `fg`, see askAgain.
        if (JOB_CONTROL && piece.includes(SUSPEND)) giveBack();
        forward(piece);
      }
    }
    // Inside a paste the mark held is its end's beginning, waited for (a lone Escape is typed, not pasted).
    if (held && !pasting) release = setTimeout(() => { const rest = held; held = ""; forward(rest); }, 50);
    if (pasted) pasteQuiet = setTimeout(handOverPaste, 200);
  };
  // Keys typed before the question listens (the tool starting, or between two questions) are held: readline,
  // given them before inquirer listened, dropped them, and the lines typed after them went each to the question
  // before its own (the name question empty, then name: xa-a, period: Nguyen). As a shell keeps lines typed
  // ahead, each is one answer: the first line here, the rest given back to standard input for the next question.
  let listening = false;
  let early = "";
  let ahead = "";
  const read = (chunk: Buffer | string) => {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (listening) take(text);
    else early += text;
  };
  stdin.on("data", read);
  // Given back on `kill` or a closed terminal too: the shell's paste would then arrive marked.
  const giveBack = () => void terminal?.write(BRACKETED_PASTE_OFF);
  const forget = terminal ? cleanUpOnInterrupt(giveBack) : () => {};
  // On `fg` the shell has turned the mode off (bash does before it runs a command): a paste came unmarked again.
  const askAgain = () => void terminal?.write(BRACKETED_PASTE_ON);
  if (JOB_CONTROL) process.on("SIGCONT", askAgain);
  terminal?.write(BRACKETED_PASTE_ON);
  stdin.resume(); // paused by the question before: a listener alone does not start it again
  return {
    input: proxy,
    listening: () => {
      if (listening || proxy.writableEnded) return; // the question ended first: what was typed goes to the next
      listening = true;
      // A paste marked as one is one answer, whole; what came unmarked is lines typed (or pasted) blind.
      const [first, rest] = PASTE_MARK.test(early) ? [early, ""] : splitFirstLine(early);
      early = "";
      ahead = rest;
      if (first) take(first);
    },
    done: () => {
      clearTimeout(release);
      clearTimeout(pasteQuiet);
      process.off("SIGCONT", askAgain);
      forget();
      giveBack();
      stdin.off("data", read);
      stdin.pause();
      // Read again by the next question, before what the terminal still holds (stdin paused: not read now).
      const kept = listening ? ahead : early;
      if (kept) stdin.unshift(Buffer.from(kept, "utf8"));
      proxy.end();
    },
  };
}

const BRACKETED_PASTE_ON = "\x1b[?2004h";
const BRACKETED_PASTE_OFF = "\x1b[?2004l";
const PASTE_START = "\x1b[200~";
const PASTE_END = "\x1b[201~";
/** Ctrl-Z, as a raw terminal sends it. */
const SUSPEND = "\x1a";
/** Ctrl-Z and `fg` work where readline stops the process on Ctrl-Z: not on Windows (no SIGTSTP, nor SIGCONT to listen to). */
export const JOB_CONTROL = process.platform !== "win32";
const PASTE_MARK = /(\x1b\[20[01]~)/u;
/** What ends with the start of a paste mark, its end to come in the next read. */
const MARK_BEGUN = /\x1b(?:\[(?:2(?:0[01]?)?)?)?$/u;

/** Text cut after its first line break (a typed Enter; in the terminal's line mode, the one before raw mode, a "\n"). */
function splitFirstLine(text: string): [string, string] {
  const end = /\r\n|\r|\n/u.exec(text);
  return end ? [text.slice(0, end.index + end[0].length), text.slice(end.index + end[0].length)] : [text, ""];
}

/**
 * What arrived at once, as readline is to edit it: a paste's lines joined (see joinPastedLines), and letters
 * composed (NFC). A letter typed or pasted decomposed ("e" + U+0302 + U+0301, as from a Mac or an input
 * method set to "Unicode tổ hợp") is one letter on the screen but three code points to readline, which moves
 * and deletes by code point: Backspace took "ế" apart one mark at a time, and ← put the cursor inside it,
 * so a letter typed there took its accent ("Tiế", ←, x gave "Tiêx́").
 */
export function asTyped(text: string): string {
  return joinPastedLines(text).normalize("NFC");
}

/**
 * Line breaks with more text after them in what arrived at once (a paste) become a space; one at the end is Enter,
 * and so is one before a key (an arrow, Ctrl-C, Ctrl-D: no paste holds them): "500⏎" and Ctrl-D typed fast, or
 * over a slow connection, arriving together left "500 " at the question, the Enter lost.
 */
export function joinPastedLines(text: string): string {
  // The spaces and tabs around a break go with it: Word ends a report's lines with a tab, saved as "\t " inside the text.
  return text.replace(/[ \t]*[\r\n]+[ \t]*(?=[^\x00-\x08\x0a-\x1f\x7f])/g, " ");
}

/** A key's escape sequence (arrow, function key, Alt with a key), whole; see typed-line.ts. */
const KEY = /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|[^[O])/su;
/** What ends with a key's escape sequence begun but not finished: its end is in the next read. */
const UNFINISHED_KEY = /\x1b(?:\[[0-9;?]*[ -/]*|O)?$/u;
/** A key's escape sequence (one at the end unfinished too), a run of letters (no control character), or another single character. */
const KEY_OR_RUN = new RegExp(`${KEY.source}|${UNFINISHED_KEY.source}|[^\\x00-\\x1f\\x7f]+|[\\s\\S]`, "gsu");
/** Text cut into keys' escape sequences, runs of letters and single other characters. */
export function keysAndRuns(text: string): string[] {
  return text.match(KEY_OR_RUN) ?? [];
}
