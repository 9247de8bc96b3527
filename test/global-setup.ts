import { ensureBuilt } from "./helpers/built.js";

/** Before any test file: the built command some tests run must exist and match the sources. */
export default function setup(): void {
  // The tests choose their language with LANG or --lang; a desktop's LANGUAGE (vi:en) goes before LANG
  // and would turn English runs Vietnamese. The test files' processes inherit this environment.
  delete process.env.LANGUAGE;
  // The prompts' tests type keys as a terminal sends them; under TERM=dumb (an editor's shell, some CI
  // runners) Node's readline edits no line, so Backspace, Ctrl-A or a cursor move did nothing and ten
  // tests failed. The tests that are about a dumb terminal say so themselves.
  process.env.TERM = "xterm-256color";
  ensureBuilt();
}
