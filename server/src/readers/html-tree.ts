/** A small, forgiving HTML tree: enough to find a page's content and read its tables. Nothing runs. */

export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (HtmlElement | string)[];
  readonly parent?: HtmlElement;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is never text of the page. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);
/** An opening tag that closes these open elements first (HTML's implied end tags, the common ones). */
const CLOSES: Record<string, readonly string[]> = {
  p: ['p'], li: ['li'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'],
  tbody: ['tbody', 'thead', 'tr', 'td', 'th'], thead: ['tbody', 'thead', 'tr', 'td', 'th'], tfoot: ['tbody', 'thead', 'tr', 'td', 'th'],
};
/** Elements that stop the search for an element to close (a cell's `</p>` does not close outside its table). */
const SCOPES = new Set(['table', 'td', 'th', 'body', 'html']);

const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', emsp: ' ', ensp: ' ', thinsp: ' ', times: '×', divide: '÷', copy: '©', reg: '®', deg: '°', yen: '¥', plusmn: '±',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code === 0xa0 ? 0x20 : code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  }).replace(/\u00a0/g, ' ');
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</;

/** Parses HTML into a tree; scripts, styles and comments are dropped, entities decoded. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1]!;
  const closeTo = (tag: string): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i]!.tag === tag) { stack.length = i; return; }
      if (SCOPES.has(stack[i]!.tag)) return;
    }
  };
  const pattern = new RegExp(TOKEN.source, 'g');
  const lower = html.toLowerCase();
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    const token = m[0];
    if (token[0] !== '<' || token === '<') { top().children.push(decodeEntities(token)); continue; }
    const tag = m[1]?.toLowerCase();
    if (!tag) continue;
    if (token[1] === '/') { closeTo(tag); continue; }
    for (const closed of CLOSES[tag] ?? []) if (stack.some((e) => e.tag === closed)) { closeTo(closed); }
    const element: HtmlElement = { tag, attrs: attributes(m[2] ?? ''), children: [], parent: top() };
    top().children.push(element);
    if (RAW.has(tag)) {
      const end = lower.indexOf(`</${tag}`, pattern.lastIndex);
      pattern.lastIndex = end < 0 ? html.length : end;
      top().children.pop();
      continue;
    }
    if (!VOID.has(tag) && !token.endsWith('/>')) stack.push(element);
  }
  return root;
}

export const htmlElements = (e: HtmlElement): HtmlElement[] => e.children.filter((c): c is HtmlElement => typeof c !== 'string');

export function htmlText(e: HtmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : c.tag === 'br' ? '\n' : htmlText(c))).join('');
}
