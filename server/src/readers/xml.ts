import { SaxesParser } from 'saxes';

/** An element of a small XML tree: qualified name (`w:p`), attributes, children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

/**
 * Parses XML into a tree. No DTD is read and no entity beyond the five predefined ones is expanded,
 * so nothing is fetched and nothing grows. Malformed XML throws (the caller reports the file as unreadable).
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (t) => { stack[stack.length - 1]!.children.push(t); });
  parser.on('cdata', (t) => { stack[stack.length - 1]!.children.push(t); });
  parser.on('error', (e) => { throw e; });
  parser.write(text).close();
  return root;
}

export const elementsOf = (e: XmlElement): XmlElement[] => e.children.filter((c): c is XmlElement => typeof c !== 'string');

export const child = (e: XmlElement | undefined, name: string): XmlElement | undefined =>
  e?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);

export const childrenNamed = (e: XmlElement, name: string): XmlElement[] =>
  e.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/** All descendants named `name`, in document order (not looking inside a match). */
export function descendants(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of e.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c); else descendants(c, name, out);
  }
  return out;
}

export const textOf = (e: XmlElement): string => e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
