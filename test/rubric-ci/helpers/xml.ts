/** A strict little XML reader for the tests: enough to read JUnit back and to refuse anything malformed. */
export interface XmlElement { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string }

const NAME = /^[A-Za-z_][\w.-]*/;
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function parseXml(xml: string): XmlElement {
  let pos = 0;
  const fail = (why: string): never => { throw new Error(`XML: ${why} at ${pos}: ${JSON.stringify(xml.slice(pos, pos + 30))}`); };
  if (INVALID_CHAR.test(xml)) fail("character not allowed in XML");
  const skipSpace = () => { while (/\s/.test(xml[pos] ?? "")) pos++; };
  const decode = (raw: string): string => {
    if (raw.includes("<")) fail("raw < in text");
    return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (_whole, entity: string | undefined) => {
      if (!entity) return fail("bare &");
      if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };
      return named[entity] ?? fail(`unknown entity &${entity};`);
    });
  };
  const element = (): XmlElement => {
    if (xml[pos] !== "<") fail("expected <");
    pos++;
    const name = NAME.exec(xml.slice(pos))?.[0] ?? fail("element name");
    pos += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = pos;
      skipSpace();
      if (xml.startsWith("/>", pos)) { pos += 2; return { name, attrs, children: [], text: "" }; }
      if (xml[pos] === ">") { pos++; break; }
      if (pos === before) fail("space before attribute");
      const attr = NAME.exec(xml.slice(pos))?.[0] ?? fail("attribute name");
      pos += attr.length;
      if (xml[pos] !== "=") fail("=");
      const quote = xml[++pos] ?? "";
      if (quote !== "\"" && quote !== "'") fail("quoted attribute value");
      const end = xml.indexOf(quote, ++pos);
      if (end < 0) fail("unterminated attribute");
      if (attr in attrs) fail(`duplicate attribute ${attr}`);
      attrs[attr] = decode(xml.slice(pos, end));
      pos = end + 1;
    }
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      const next = xml.indexOf("<", pos);
      if (next < 0) fail(`unclosed <${name}>`);
      text += decode(xml.slice(pos, next));
      pos = next;
      if (xml.startsWith("</", pos)) {
        pos += 2;
        if (!xml.startsWith(name + ">", pos)) fail(`</${name}> expected`);
        pos += name.length + 1;
        return { name, attrs, children, text };
      }
      children.push(element());
    }
  };
  if (xml.startsWith("<?xml")) { pos = xml.indexOf("?>") + 2; if (pos < 2) fail("declaration"); }
  skipSpace();
  const root = element();
  skipSpace();
  if (pos !== xml.length) fail("content after the root element");
  return root;
}

export function all(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
}
