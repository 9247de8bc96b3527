import { fullFormats } from "ajv-formats/dist/formats.js";

const EMAIL = fullFormats.email as RegExp;

/** An e-mail address as the agency schema's `format: email` takes it (ajv-formats' full check): what a prompt accepts, validate accepts. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}
