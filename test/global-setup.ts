import { ensureBuilt } from "./helpers/built.js";

/** Before any test file: the built command some tests run must exist and match the sources. */
export default function setup(): void {
  // The tests choose their language with LANG or --lang; a desktop's LANGUAGE (vi:en) goes before LANG
  // and would turn English runs Vietnamese. The test files' processes inherit this environment.
  delete process.env.LANGUAGE;
  ensureBuilt();
}
