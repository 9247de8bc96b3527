import { yaml } from "./lazy.js";

/**
 * The most YAML tokens a file may hold: keys, values, anchors, tags and the indicators - ? : , [ { (spaces,
 * line breaks and comments are not counted; a quoted text or a block text is one token). The `yaml` package
 * builds a node for each before any limit on a list can apply: one line of 2 million items took 14 s and
 * 2.1 GB. Real files hold a few thousand (dti-cap-so.yaml, the largest, 5,709); MAX_INDICATORS (1000)
 * indicators as rich as the richest real one (about 300 each) stay under.
 */
export const MAX_TOKENS = 500_000;

/** Where a text's tokens pass the limit: the offset and length of the first token past it. */
interface TokenExcess { offset: number; length: number }

/** Line breaks, spaces, tabs and comments; the lexer's markers (document start, flow end, scalar) take no text. */
const UNCOUNTED = new Set(["\n", "\r", " ", "\t", "#", "\x02", "\x18", "\x1f", "\ufeff"]);
const MARKERS = new Set(["\x02", "\x18", "\x1f"]);

/** The last text looked at: the plain reader and the parser look at the same text one after the other. */
let last: { text: string; limit: number; excess: TokenExcess | undefined } = { text: "", limit: 0, excess: undefined };

/**
 * The first token past `limit`, counted with the parser's own lexer, which reads quotes, comments and block texts
 * as the parser does (a count of commas and dashes in the text would count those inside "a, b" and could be led
 * astray by a quote it took where the parser takes none). It stops there: at most the limit's tokens are lexed.
 */
export function tokenExcess(text: string, limit: number = MAX_TOKENS): TokenExcess | undefined {
  // Each counted token takes a character at least: a text no longer than the limit (every real file) is not lexed.
  if (text.length <= limit) return undefined;
  if (text === last.text && limit === last.limit) return last.excess;
  let count = 0;
  let offset = 0;
  let excess: TokenExcess | undefined;
  for (const token of new (yaml().Lexer)().lex(text)) {
    if (token.length > 0 && !UNCOUNTED.has(token[0]!) && ++count > limit) {
      excess = { offset, length: token.length };
      break;
    }
    if (!MARKERS.has(token)) offset += token.length;
  }
  last = { text, limit, excess };
  return excess;
}
