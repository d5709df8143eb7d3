// Helpers of the mutators: spans, lines, cells and the characters and numbers hostile to the parser.
import type { Cell, Report, Span, Table } from '../core/model';
import type { Random } from './random';


export const splice = (text: string, span: Span, insert: string): string => text.slice(0, span.start) + insert + text.slice(span.end);

/** Offsets where lines start (any line break), and the text's end. */
export function lineBoundaries(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) out.push(i + 1);
  }
  if (out[out.length - 1] !== text.length) out.push(text.length);
  return out;
}

/** The lines with their breaks, so joining them gives the text back. */
export const linesOf = (text: string): string[] => text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];

export function tables(report: Report): Table[] {
  return Object.values(report.tables).filter((t): t is Table => t !== undefined);
}

export function cells(report: Report): Cell[] {
  return tables(report).flatMap((t) => [...t.cells.values()]);
}

export function randomSpan(rng: Random, length: number, maxWidth: number): Span {
  const start = rng.int(length + 1);
  return { start, end: Math.min(length, start + rng.int(maxWidth + 1)) };
}

/** Runs of digits (ASCII or full-width, with decimals): where numbers are. */
export function numberSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The values a number cell should never be trusted to hold. */
export const HOSTILE_NUMBERS = [
  '99999999999999999999', '9'.repeat(400), '-5', '－5', '−3', '3.5', '0.000001', '1e5', '1,234', '1，234', '１２', '０', '十二', '三百零五', '〇',
  '—', '-', '/', '／', '－', '', ' ', '　', 'N/A', '无', '0.', '.5', '00012', '+7', '5件', '12.35万元', '20（其中修订16件）', '12(含5)', '∞', 'NaN',
  '1\t2', '3 4', '1|2', '12\n34', '٣', '١٢', '𝟙𝟚', '\u00a05', '5\u200b', '0x1F', '1_000', '2023年', '100%',
];

/** Single characters that mean something to some part of the parser, or to a text encoder. */
export const INTERESTING_CHARS = [
  '\t', '|', '\n', '\r', '\r\n', '\0', '\ufeff', '\u00a0', '\u3000', '\u200b', '\ud800', '\udc00', '（', '）', '(', ')', '、', '，', '.', '．',
  '一', '二', '三', '四', '五', '六', '七', '十', '0', '5', '９', '<', '>', '&', '#', '*', '`', '-', '—', ':', '：', '\\', '"', '𠮷', 'é', '\u0301',
];

export const NOISE = [
  '[image: ]', '[bookmark: _GoBack]', '<table>', '</table>', '<tr><td>1</td><td>2</td></tr>', '<td>', '</td></tr>', '<br/>', '| --- | --- |',
  '## 三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '（七）总计', '总计', '一、本年新收政府信息公开申请数量',
  '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。', '2024年1月20日', '某某局2023年政府信息公开工作年度报告',
  '（（（（（（（（', '））））））', '||||||||||', '\t\t\t\t\t\t', '1 2 3 4 5 6 7', '12345678901234567890', '表三', '```', '---', '> 引用', '<!-- -->',
];
