// Mutators of structure: tabs and pipes, many tables, splices, noise, spaces, HTML, long runs, headings, widths.
import { lineBoundaries, linesOf, NOISE, randomSpan, splice, tables } from './mutator-helpers';
import type { Mutator } from './mutators';

export const tabsAndPipes: Mutator = {
  name: 'tabs-pipes',
  weight: 4,
  apply: ({ text, rng }) => {
    const lines = linesOf(text);
    const p = rng.next();
    return lines.map((line) => {
      if (!rng.chance(p)) return line;
      const body = line.replace(/[\r\n]+$/, '');
      const end = line.slice(body.length);
      switch (rng.int(5)) {
        case 0: return body.replace(/\t/g, ' | ') + end;
        case 1: return body.replace(/\s*\|\s*/g, '\t') + end;
        case 2: return `| ${body.replace(/\t/g, ' | ')} |${end}`;
        case 3: return body.replace(/\t/g, () => rng.pick(['\t', '\t\t', '  ', '|', '\u3000'])) + end;
        default: return `\t${body}${end}`;
      }
    }).join('');
  },
};

export const manyTables: Mutator = {
  name: 'many-tables',
  weight: 1,
  apply: ({ text, rng, report }) => {
    const list = tables(report());
    if (list.length === 0) return text;
    const table = rng.pick(list);
    const copy = text.slice(table.span.start, table.span.end);
    const times = rng.chance(0.5) ? 100 : rng.range(2, 20);
    return splice(text, { start: table.span.end, end: table.span.end }, `\n${`${copy}\n`.repeat(times)}`);
  },
};

export const emptyish: Mutator = {
  name: 'empty',
  weight: 1,
  apply: ({ rng }) => rng.pick(['', ' ', '\n', '\r\n', '\t', '\ufeff', '\0', '\ud800', '|', '一、', '\n\n\n\n']),
};

export const spliceOther: Mutator = {
  name: 'splice-other',
  weight: 3,
  apply: ({ text, rng, corpus }) => {
    const other = rng.pick(corpus).text;
    const piece = randomSpan(rng, other.length, rng.chance(0.5) ? 400 : 4000);
    const at = randomSpan(rng, text.length, rng.chance(0.5) ? 0 : 400);
    return splice(text, at, other.slice(piece.start, piece.end));
  },
};

export const insertNoise: Mutator = {
  name: 'noise',
  weight: 4,
  apply: ({ text, rng }) => {
    const boundaries = lineBoundaries(text);
    let out = text;
    for (let i = rng.range(1, 4); i > 0; i--) {
      const at = rng.chance(0.7) ? rng.pick(boundaries) : rng.int(out.length + 1);
      out = splice(out, { start: Math.min(at, out.length), end: Math.min(at, out.length) }, `${rng.pick(NOISE)}\n`);
    }
    return out;
  },
};

export const spaces: Mutator = {
  name: 'spaces',
  weight: 3,
  apply: ({ text, rng }) => {
    // Spaced-out labels (`本 年 度`), digits split by odd spaces, or all spacing removed.
    const span = randomSpan(rng, text.length, 2000);
    const piece = text.slice(span.start, span.end);
    const mode = rng.int(3);
    const changed = mode === 0 ? [...piece].join(rng.pick([' ', '\u3000', '\u00a0', '\u200b']))
      : mode === 1 ? piece.replace(/[ \t\u3000]+/g, '')
        : piece.replace(/(\d)(?=\d)/g, `$1${rng.pick([' ', '\u00a0', ',', '\t'])}`);
    return splice(text, span, changed);
  },
};

export const toHtml: Mutator = {
  name: 'html',
  weight: 2,
  apply: ({ text, rng, report }) => {
    const list = tables(report());
    if (list.length === 0) return text;
    const table = rng.pick(list);
    const rows = text.slice(table.span.start, table.span.end).split(/\r?\n/).filter((l) => l.trim() !== '');
    const cellsOf = (line: string): string[] => line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split(/\t|\|/);
    const html = `<table>\n${rows.map((r) => `<tr>${cellsOf(r).map((c) => `<td>${c.trim()}</td>`).join('')}</tr>`).join('\n')}\n</table>`;
    // Sometimes the closing tags are lost, as converters do.
    return splice(text, table.span, rng.chance(0.3) ? html.replace(/<\/t[dr]>/g, '') : html);
  },
};

export const longRuns: Mutator = {
  name: 'long-run',
  weight: 2,
  apply: ({ text, rng }) => {
    const unit = rng.pick(['9', '（', '(', '|', '\t', ' ', '一', '、', '0 ', '|\t', '十', '年', '\n', '\t\n', '<td>', '-', '*', '#', '.', '1.']);
    const run = unit.repeat(rng.range(1000, 20_000));
    const at = rng.int(text.length + 1);
    return splice(text, { start: at, end: at }, run);
  },
};

export const headings: Mutator = {
  name: 'headings',
  weight: 3,
  apply: ({ text, rng }) => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '十', '1', '2', '３', '（一）', '(二)', '第一'];
    const matches = [...text.matchAll(/(^|\n)([#* \t]*)([一二三四五六七八九十]+|\d+)([、.．])/g)];
    if (matches.length === 0) return text;
    const m = rng.pick(matches);
    const start = m.index + m[1]!.length + m[2]!.length;
    const span = { start, end: start + m[3]!.length + m[4]!.length };
    const mode = rng.int(3);
    if (mode === 0) return splice(text, span, `${rng.pick(numerals)}${rng.pick(['、', '.', '．', ' ', ''])}`);
    if (mode === 1) return splice(text, { start: span.start, end: span.start }, rng.pick(['## ', '**', '# ', '### ', '\t']));
    return splice(text, span, '');
  },
};

export const widths: Mutator = {
  name: 'widths',
  weight: 2,
  apply: ({ text, rng }) => {
    const span = randomSpan(rng, text.length, 3000);
    const toFull = rng.chance(0.5);
    const piece = text.slice(span.start, span.end).replace(toFull ? /[0-9()（）,.:]/g : /[０-９（）．，：]/g, (c) => {
      const code = c.charCodeAt(0);
      if (toFull) return code < 0x80 ? String.fromCharCode(code + 0xfee0) : c;
      return code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : c;
    });
    return splice(text, span, piece);
  },
};
