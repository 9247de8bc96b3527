import { ACTED_ON_BEYOND_C0, LEADING_WORKFLOW_COLON, LOG_COMMAND_BRACKET, terminalSafe } from "../../report/terminal-safe.js";

/** Characters XML 1.0 does not allow at all (controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text content of an element: markup characters escaped, characters XML cannot carry and those a terminal acts
 * on (terminalSafe's: U+009B is a CSI; the report goes to standard output unless -o is given) replaced by
 * U+FFFD, a carriage return written as a reference (raw, it moved a terminal's cursor back over
 * the line, and a reader takes it for a line feed).
 */
export function xmlText(text: string): string {
  return workflowInert(text.replace(XML_INVALID, "\uFFFD").replace(ACTED_ON_BEYOND_C0, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;"));
}

/**
 * XML text no runner reads as a command when the report is printed to a job's log (`--format junit` without -o): a
 * line of a rubric's title or an agency's name starting `::error::`, or holding `##[` or `##vso[`, was a command the
 * job ran. The colon and the bracket are written as character references, which an XML reader turns back into the
 * same text.
 */
function workflowInert(xml: string): string {
  return xml.replace(LEADING_WORKFLOW_COLON, "$1$2&#58;").replace(LOG_COMMAND_BRACKET, "$1&#91;");
}

/** An attribute value in double quotes: also quotes, and whitespace that attribute normalisation would flatten. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/**
 * The message of a GitHub workflow command (`::error …::message`): %, CR and LF are escaped, as @actions/core does.
 * Control and bidi characters from a rubric's text are shown as symbols (terminalSafe), not written raw: the
 * commands are printed where a terminal shows them (the command run locally, a log read with `gh run view`).
 */
export function githubData(text: string): string {
  return text.replace(/[^\r]+/g, (part) => terminalSafe(part)).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property of a workflow command (file=…,title=…): additionally ':' and ','. */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
