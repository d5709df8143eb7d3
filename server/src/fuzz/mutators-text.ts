// Mutators that cut, flip and rearrange text: truncations, byte and character flips, lines, numbers, encodings.
import { cells, HOSTILE_NUMBERS, INTERESTING_CHARS, lineBoundaries, linesOf, numberSpans, splice, tables } from './mutator-helpers';
import type { Mutator } from './mutators';

export const truncateAnywhere: Mutator = {
  name: 'truncate-char',
  weight: 3,
  apply: ({ text, rng }) => text.slice(0, rng.int(text.length + 1)),
};

export const truncateAtLine: Mutator = {
  name: 'truncate-line',
  weight: 3,
  apply: ({ text, rng }) => {
    const cut = rng.pick(lineBoundaries(text));
    // Either keep the head (a file cut short) or the tail (a paste that lost its start).
    return rng.chance(0.7) ? text.slice(0, cut) : text.slice(cut);
  },
};

export const truncateInCell: Mutator = {
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

export const tableCutInHalf: Mutator = {
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

export const byteFlip: Mutator = {
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

export const charFlip: Mutator = {
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

export const deleteLines: Mutator = {
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

export const duplicateLines: Mutator = {
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

export const swapLines: Mutator = {
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

export const replaceNumber: Mutator = {
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

export const loneSurrogate: Mutator = {
  name: 'lone-surrogate',
  weight: 2,
  apply: ({ text, rng }) => {
    // Also splits real surrogate pairs when one is hit.
    const at = rng.int(text.length + 1);
    return splice(text, { start: at, end: at }, rng.pick(['\ud800', '\udfff', '\udc00\ud800', '\ud83d']));
  },
};

export const nulBytes: Mutator = {
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

export const lineEnds: Mutator = {
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

export const byteOrderMark: Mutator = {
  name: 'bom',
  weight: 2,
  apply: ({ text, rng }) => {
    if (rng.chance(0.7)) return `\ufeff${text}`;
    const at = rng.int(text.length + 1);
    return splice(text, { start: at, end: at }, '\ufeff');
  },
};
