import { ensureBuilt } from "./helpers/built.js";

/** Before any test file: the built command some tests run must exist and match the sources. */
export default function setup(): void {
  ensureBuilt();
}
