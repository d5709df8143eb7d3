import type { Cell, Report, Span, Table } from '../core/model';
import { parseReport } from '../core/parse';
import type { CorpusEntry } from './corpus';
import type { Random } from './random';

/** What a mutator sees: the text so far, the generator, the corpus (to splice from) and the text parsed on demand. */
export interface MutationContext {
  readonly text: string;
  readonly rng: Random;
  readonly corpus: readonly CorpusEntry[];
  report(): Report;
}

export interface Mutator {
  readonly name: string;
  /** Relative frequency among the mutators. */
  readonly weight: number;
  apply(context: MutationContext): string;
}

// ---- helpers --------------------------------------------------------------------------------

const splice = (text: string, span: Span, insert: string): string => text.slice(0, span.start) + insert + text.slice(span.end);

/** Offsets where lines start (any line break), and the text's end. */
function lineBoundaries(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) out.push(i + 1);
  }
  if (out[out.length - 1] !== text.length) out.push(text.length);
  return out;
}

/** The lines with their breaks, so joining them gives the text back. */
const linesOf = (text: string): string[] => text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];

function tables(report: Report): Table[] {
  return Object.values(report.tables).filter((t): t is Table => t !== undefined);
}

function cells(report: Report): Cell[] {
  return tables(report).flatMap((t) => [...t.cells.values()]);
}

function randomSpan(rng: Random, length: number, maxWidth: number): Span {
  const start = rng.int(length + 1);
  return { start, end: Math.min(length, start + rng.int(maxWidth + 1)) };
}

/** Runs of digits (ASCII or full-width, with decimals): where numbers are. */
function numberSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The values a number cell should never be trusted to hold. */
const HOSTILE_NUMBERS = [
  '99999999999999999999', '9'.repeat(400), '-5', '－5', '−3', '3.5', '0.000001', '1e5', '1,234', '1，234', '１２', '０', '十二', '三百零五', '〇',
  '—', '-', '/', '／', '－', '', ' ', '　', 'N/A', '无', '0.', '.5', '00012', '+7', '5件', '12.35万元', '20（其中修订16件）', '12(含5)', '∞', 'NaN',
  '1\t2', '3 4', '1|2', '12\n34', '٣', '١٢', '𝟙𝟚', '\u00a05', '5\u200b', '0x1F', '1_000', '2023年', '100%',
];

/** Single characters that mean something to some part of the parser, or to a text encoder. */
const INTERESTING_CHARS = [
  '\t', '|', '\n', '\r', '\r\n', '\0', '\ufeff', '\u00a0', '\u3000', '\u200b', '\ud800', '\udc00', '（', '）', '(', ')', '、', '，', '.', '．',
  '一', '二', '三', '四', '五', '六', '七', '十', '0', '5', '９', '<', '>', '&', '#', '*', '`', '-', '—', ':', '：', '\\', '"', '𠮷', 'é', '\u0301',
];

const NOISE = [
  '[image: ]', '[bookmark: _GoBack]', '<table>', '</table>', '<tr><td>1</td><td>2</td></tr>', '<td>', '</td></tr>', '<br/>', '| --- | --- |',
  '## 三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '（七）总计', '总计', '一、本年新收政府信息公开申请数量',
  '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。', '2024年1月20日', '某某局2023年政府信息公开工作年度报告',
  '（（（（（（（（', '））））））', '||||||||||', '\t\t\t\t\t\t', '1 2 3 4 5 6 7', '12345678901234567890', '表三', '```', '---', '> 引用', '<!-- -->',
];

// ---- the mutators ---------------------------------------------------------------------------

const truncateAnywhere: Mutator = {
  name: 'truncate-char',
  weight: 3,
  apply: ({ text, rng }) => text.slice(0, rng.int(text.length + 1)),
};

const truncateAtLine: Mutator = {
  name: 'truncate-line',
  weight: 3,
  apply: ({ text, rng }) => {
    const cut = rng.pick(lineBoundaries(text));
    // Either keep the head (a file cut short) or the tail (a paste that lost its start).
    return rng.chance(0.7) ? text.slice(0, cut) : text.slice(cut);
  },
};

const truncateInCell: Mutator = {
  name: 'truncate-cell',
  weight: 3,
  apply: ({ text, rng, report }) => {
    const all = cells(report());
    if (all.length === 0) return text.slice(0, rng.int(text.length + 1));
    const cell = rng.pick(all);
    const at = rng.pick([cell.span.start, cell.span.end, Math.floor((cell.span.start + cell.span.end) / 2), cell.span.end + 1]);
    return text.slice(0, Math.min(at, text.length));
  },
};

const tableCutInHalf: Mutator = {
  name: 'table-half',
  weight: 4,
  apply: ({ text, rng, report }) => {
    const list = tables(report());
    if (list.length === 0) return text;
    const table = rng.pick(list);
    const middle = table.span.start + Math.floor((table.span.end - table.span.start) * rng.next());
    const lineEnd = text.indexOf('\n', middle);
    const cut = rng.chance(0.5) || lineEnd < 0 ? middle : lineEnd + 1;
    switch (rng.int(3)) {
      case 0: return text.slice(0, cut); // the file ends inside the table
      case 1: return splice(text, { start: cut, end: table.span.end }, ''); // the table loses its second half
      default: return splice(text, { start: table.span.start, end: cut }, ''); // the table loses its first half (headers)
    }
  },
};

const byteFlip: Mutator = {
  name: 'byte-flip',
  weight: 3,
  apply: ({ text, rng }) => {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length === 0) return text;
    const flips = rng.range(1, 8);
    for (let i = 0; i < flips; i++) bytes[rng.int(bytes.length)] ^= 1 << rng.int(8);
    return bytes.toString('utf8');
  },
};

const charFlip: Mutator = {
  name: 'char-flip',
  weight: 4,
  apply: ({ text, rng }) => {
    let out = text;
    const flips = rng.range(1, 6);
    for (let i = 0; i < flips; i++) {
      const at = rng.int(out.length + 1);
      const insert = rng.chance(0.7) ? rng.pick(INTERESTING_CHARS) : String.fromCharCode(rng.int(0x10000));
      out = splice(out, { start: at, end: Math.min(out.length, at + rng.int(2)) }, insert);
    }
    return out;
  },
};

const deleteLines: Mutator = {
  name: 'delete-lines',
  weight: 4,
  apply: ({ text, rng }) => {
    const lines = linesOf(text);
    if (lines.length === 0) return text;
    const start = rng.int(lines.length);
    lines.splice(start, rng.range(1, rng.chance(0.8) ? 3 : 40));
    return lines.join('');
  },
};

const duplicateLines: Mutator = {
  name: 'duplicate-lines',
  weight: 3,
  apply: ({ text, rng }) => {
    const lines = linesOf(text);
    if (lines.length === 0) return text;
    const start = rng.int(lines.length);
    const block = lines.slice(start, start + rng.range(1, 12));
    lines.splice(rng.int(lines.length + 1), 0, ...block);
    return lines.join('');
  },
};

const swapLines: Mutator = {
  name: 'swap-lines',
  weight: 3,
  apply: ({ text, rng }) => {
    const lines = linesOf(text);
    if (lines.length < 2) return text;
    const swaps = rng.range(1, 4);
    for (let i = 0; i < swaps; i++) {
      const a = rng.int(lines.length);
      const b = rng.chance(0.6) ? Math.min(lines.length - 1, a + 1) : rng.int(lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    }
    return lines.join('');
  },
};

const replaceNumber: Mutator = {
  name: 'number',
  weight: 6,
  apply: ({ text, rng, report }) => {
    // A parsed cell (its exact span, blank or not) or any run of digits in the text.
    const all = cells(report());
    const spans = all.length > 0 && rng.chance(0.7) ? all.map((c) => c.span) : numberSpans(text);
    if (spans.length === 0) return text;
    let out = text;
    const count = rng.chance(0.8) ? 1 : rng.range(2, 10);
    // From the end backwards so earlier spans stay valid.
    const chosen = Array.from({ length: count }, () => rng.pick(spans)).sort((a, b) => b.start - a.start);
    let limit = Infinity;
    for (const span of chosen) {
      if (span.end > limit) continue;
      out = splice(out, span, rng.pick(HOSTILE_NUMBERS));
      limit = span.start;
    }
    return out;
  },
};

const loneSurrogate: Mutator = {
  name: 'lone-surrogate',
  weight: 2,
  apply: ({ text, rng }) => {
    // Also splits real surrogate pairs when one is hit.
    const at = rng.int(text.length + 1);
    return splice(text, { start: at, end: at }, rng.pick(['\ud800', '\udfff', '\udc00\ud800', '\ud83d']));
  },
};

const nulBytes: Mutator = {
  name: 'nul',
  weight: 2,
  apply: ({ text, rng }) => {
    let out = text;
    for (let i = rng.range(1, 5); i > 0; i--) {
      const at = rng.int(out.length + 1);
      out = splice(out, { start: at, end: at }, '\0'.repeat(rng.range(1, 3)));
    }
    return out;
  },
};

const lineEnds: Mutator = {
  name: 'line-ends',
  weight: 3,
  apply: ({ text, rng }) => {
    const mode = rng.int(4);
    if (mode === 0) return text.replace(/\r?\n/g, '\r\n');
    if (mode === 1) return text.replace(/\r?\n/g, '\r');
    if (mode === 2) return text.replace(/\r\n?/g, '\n');
    return text.replace(/\r\n|\r|\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r', '\u2028']));
  },
};

const byteOrderMark: Mutator = {
  name: 'bom',
  weight: 2,
  apply: ({ text, rng }) => {
    if (rng.chance(0.7)) return `\ufeff${text}`;
    const at = rng.int(text.length + 1);
    return splice(text, { start: at, end: at }, '\ufeff');
  },
};

const tabsAndPipes: Mutator = {
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

const manyTables: Mutator = {
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

const emptyish: Mutator = {
  name: 'empty',
  weight: 1,
  apply: ({ rng }) => rng.pick(['', ' ', '\n', '\r\n', '\t', '\ufeff', '\0', '\ud800', '|', '一、', '\n\n\n\n']),
};

const spliceOther: Mutator = {
  name: 'splice-other',
  weight: 3,
  apply: ({ text, rng, corpus }) => {
    const other = rng.pick(corpus).text;
    const piece = randomSpan(rng, other.length, rng.chance(0.5) ? 400 : 4000);
    const at = randomSpan(rng, text.length, rng.chance(0.5) ? 0 : 400);
    return splice(text, at, other.slice(piece.start, piece.end));
  },
};

const insertNoise: Mutator = {
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

const spaces: Mutator = {
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

const toHtml: Mutator = {
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

const longRuns: Mutator = {
  name: 'long-run',
  weight: 2,
  apply: ({ text, rng }) => {
    const unit = rng.pick(['9', '（', '(', '|', '\t', ' ', '一', '、', '0 ', '|\t', '十', '年', '\n', '\t\n', '<td>', '-', '*', '#', '.', '1.']);
    const run = unit.repeat(rng.range(1000, 20_000));
    const at = rng.int(text.length + 1);
    return splice(text, { start: at, end: at }, run);
  },
};

const headings: Mutator = {
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

const widths: Mutator = {
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

export const MUTATORS: readonly Mutator[] = [
  truncateAnywhere, truncateAtLine, truncateInCell, tableCutInHalf, byteFlip, charFlip, deleteLines, duplicateLines, swapLines,
  replaceNumber, loneSurrogate, nulBytes, lineEnds, byteOrderMark, tabsAndPipes, manyTables, emptyish, spliceOther, insertNoise,
  spaces, toHtml, longRuns, headings, widths,
];

const TOTAL_WEIGHT = MUTATORS.reduce((s, m) => s + m.weight, 0);

export function pickMutator(rng: Random): Mutator {
  let n = rng.next() * TOTAL_WEIGHT;
  for (const m of MUTATORS) {
    n -= m.weight;
    if (n < 0) return m;
  }
  return MUTATORS[MUTATORS.length - 1]!;
}

/** A context over `text` that parses it at most once. */
export function contextFor(text: string, rng: Random, corpus: readonly CorpusEntry[], parsed?: Report): MutationContext {
  let report = parsed;
  return {
    text, rng, corpus,
    report: () => {
      if (!report) {
        try {
          report = parseReport(text);
        } catch {
          report = parseReport('');
        }
      }
      return report;
    },
  };
}
