/**
 * A link meant as a web address that a browser cannot open, with the address it most likely is: "www.…"
 * without its scheme, a scheme mistyped ("htps://", "http//", "https:/", "http;//"), or an http(s) address
 * that does not parse (no address then, unless taking out its spaces mends it). Anything else is taken as
 * a reference that is no web address ("iOffice 123/QĐ-UBND", a path on the agency's network) and left
 * alone. Undefined when the link is fine or no web address.
 */
export function brokenLink(link: string): { address?: string } | undefined {
  const text = link.trim();
  if (/^https?:\/\/[^\s/]/i.test(text)) {
    if (canParse(text)) return undefined;
    const joined = text.replace(/\s+/g, "");
    return joined !== text && canParse(joined) ? { address: joined } : {};
  }
  if (/^www\.[^\s.]+\.\S/i.test(text)) return { address: `https://${text}` };
  // A scheme with a letter, the colon or a slash wrong, followed by something like a host name.
  const slip = /^(h?t{1,2}p{1,2}(s?))\s*[:;]?\s*\/{0,3}\s*(?=[^\s/]+\.[^\s.])/i.exec(text);
  if (slip) return { address: `http${slip[2] ? "s" : ""}://${text.slice(slip[0].length)}` };
  return undefined;
}

function canParse(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol) && !/\s/.test(text);
  } catch {
    return false;
  }
}
