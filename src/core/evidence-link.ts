import { editDistance } from "./edit-distance.js";
import { codePointName, SHOWS_AS_NOTHING } from "./unicode.js";

/** What is wrong with an evidence link, and the address it most likely is (only one that parses). */
interface LinkFinding {
  code: "evidence-link-slip" | "evidence-link-quoted" | "evidence-link-broken" | "evidence-link-several" | "evidence-link-hidden" | "evidence-link-no-document";
  address?: string;
  count?: number;
  /** evidence-link-hidden: the first character that shows as nothing, and its place (from 1). */
  char?: string;
  position?: number;
  scheme?: string;
}

/**
 * A link meant as a web address that no report can make a link of:
 * - a slip, with the address it most likely is: "www.…" or a bare domain ("quangbinh.gov.vn/tin-tuc")
 *   without its scheme, or the scheme mistyped ("htps://", "http//", "https:/", "http;//", "https:\\");
 * - an address in the quotes it was pasted with from Word (“https://…”), with the address inside;
 * - several addresses in one link (one per evidence item);
 * - an http(s) address no browser parses ("https://a.gov.vn (trang 5)").
 * And a link that no verifier can open or trust:
 * - one holding a character that shows as nothing (U+202E reverses what follows it: "…/\u202Efdp.exe" reads
 *   "…/exe.pdf"), so the address opened is not the one read;
 * - a javascript:, vbscript: or data: link, which is no document's address.
 * Anything a browser opens is fine, spaces in its path included ("…/Văn bản đi/45.pdf"); anything else is
 * taken as a reference that is no web address ("iOffice 12/QĐ-UBND", "Công văn 123/STTTT", a network path, a
 * folder of the agency's own ("D:\tai lieu\45.pdf": agencies cite them, and send the files), "TP.Huế-KH45.pdf")
 * and left alone. Undefined when nothing is wrong.
 */
export function brokenLink(link: string): LinkFinding | undefined {
  const text = link.trim();
  const hidden = SHOWS_AS_NOTHING.exec(text);
  if (hidden) return { code: "evidence-link-hidden", char: codePointName(hidden[0]), position: [...text.slice(0, hidden.index + 1)].length };
  // An address pasted from Word in its quotes (“https://…”) is no address a browser opens; the one inside is meant.
  const quoted = /^[“"'‘«](.+)[”"'’»]$/s.exec(text)?.[1]?.trim();
  if (quoted !== undefined && /^(?:https?:\/\/|www\.)\S/i.test(quoted)) {
    const inner = brokenLink(quoted);
    if (inner === undefined) return { code: "evidence-link-quoted", address: quoted };
    return inner.code === "evidence-link-slip" ? { ...inner, code: "evidence-link-quoted" } : inner;
  }
  // A browser ignores tabs and line breaks inside a scheme ("java\tscript:").
  const scheme = /^[a-z][a-z0-9+.\t\n\r-]*:/i.exec(text)?.[0].slice(0, -1).replace(/[\t\n\r]/g, "").toLowerCase();
  // "Data: bảng thống kê" is words: a data: link runs on with its type or a comma.
  if (scheme === "javascript" || scheme === "vbscript" || (scheme === "data" && /^data:\S/i.test(text))) return { code: "evidence-link-no-document", scheme };
  // Addresses begin the text or follow a space, comma or semicolon, with their scheme or with www. where it
  // is left out; one inside another's query (a login page's ReturnUrl=https://…) is part of that one.
  const count = text.match(/(?:^|[\s,;])(?:https?:\/\/|www\.)/gi)?.length ?? 0;
  if (count > 1) return { code: "evidence-link-several", count };
  if (/^https?:\/\//i.test(text)) return isWebAddress(text) ? undefined : { code: "evidence-link-broken" };
  // A host without spaces, then a path that may have them ("…/Văn bản đi/45.pdf").
  const slip = /^(h[a-z]{2,5})([:;/\\]+)([^\s/\\]+\.[^\s/\\]+(?:\/.*)?)$/i.exec(text);
  if (slip && nearHttp(slip[1]!.toLowerCase())) return suggest(`${slip[1]!.toLowerCase().includes("s") ? "https" : "http"}://${slip[3]}`);
  if (/^www\.[^\s.]+\.[^\s/]+(\/.*)?$/i.test(text) || BARE_DOMAIN.test(text)) return suggest(`https://${text}`);
  return undefined;
}

/** A host name of the common endings, then at most a path: the start of a web address without its scheme. */
const BARE_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(vn|com|net|org|gov|edu|int|info)(\/.*)?$/i;

/** "http" or "https" mistyped by at most one letter (added, left out or changed): htps, htttp, hhttps, httpss. */
function nearHttp(scheme: string): boolean {
  return ["http", "https"].some((target) => editDistance(scheme, target) <= 1);
}

function suggest(address: string): LinkFinding {
  return isWebAddress(address) ? { code: "evidence-link-slip", address } : { code: "evidence-link-broken" };
}

/** An http(s) address a browser opens: the URL parser takes it, with a host (an intranet's "ioffice" too). */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
}
