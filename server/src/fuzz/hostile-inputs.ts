import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../core/parse';
import { REPO_ROOT } from './corpus';

const SEEDS_DIR = join(REPO_ROOT, 'test-fixtures', 'seeds');

export const seedNames = (): string[] => readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort();
export const seedText = (name: string): string => readFileSync(join(SEEDS_DIR, name), 'utf8');

/** A seed in the 2023 template with tab-separated tables: where hostile text is put. */
const BASE = '003_d85cf6fc72a9984b.txt';

function around(marker: string): (inner: string) => string {
  return (inner) => {
    const text = seedText(BASE);
    const at = text.indexOf(marker);
    const cut = at < 0 ? text.length : at;
    return `${text.slice(0, cut)}${inner}\n${text.slice(cut)}`;
  };
}

/** Into section 一's prose (before section 二's heading) and into 表三 (before its first result row). */
const inProse = around('二、主动公开');
const inTable = around('（一）予以公开');

const PROSE = '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1234条，收到申请56件，办结52件。';

/** Repeats `unit` to about `size` UTF-16 code units. */
const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

/**
 * The worst inputs we can build for a linear-time parser and rules: one huge line, a million of one
 * character that some scan treats specially (separators, brackets, openers of markup, digits that
 * invite splitting), and structures repeated without end. Each takes the size in code units.
 */
export const HOSTILE_INPUTS: Readonly<Record<string, (size: number) => string>> = {
  'one huge line of prose': (size) => seedText(BASE) + fill(PROSE, size),
  'tabs only': (size) => fill('\t', size),
  'tabs inside 表三': (size) => inTable(fill('\t', size)),
  'pipes inside 表三': (size) => inTable(fill('|', size)),
  'pipe-tab pairs inside 表三': (size) => inTable(fill('|\t', size)),
  'digits in prose': (size) => inProse(fill('9', size)),
  'digits inside 表三': (size) => inTable(fill('9', size)),
  'full-width digits in prose': (size) => inProse(fill('９', size)),
  'Chinese numerals in prose': (size) => inProse(fill('三', size)),
  'comma-grouped digits': (size) => inProse(fill('999,', size)),
  'full-width open brackets': (size) => inProse(fill('（', size)),
  'full-width close brackets': (size) => inProse(fill('）', size)),
  'ASCII open brackets': (size) => inProse(fill('(', size)),
  'book-title marks': (size) => inProse(fill('《', size)),
  'unclosed HTML tags inside 表三': (size) => inTable(fill('<', size)),
  'td tags inside 表三': (size) => inTable(fill('<td>', size)),
  'unclosed [image markers': (size) => inProse(fill('[image', size)),
  'ampersands and entities': (size) => inTable(fill('&#1;&', size)),
  'asterisks': (size) => inProse(fill('*', size)),
  'backslashes': (size) => inProse(fill('\\', size)),
  'CR line ends only': (size) => fill('\r', size),
  'empty lines': (size) => fill('\n', size),
  'CRLF inside 表三': (size) => inTable(fill('\r\n', size)),
  'repeated section headings': (size) => fill('一、总体情况\n', size),
  'repeated numerals with 、': (size) => fill('三、\n', size),
  'repeated titles': (size) => fill('某局2023年政府信息公开工作年度报告', size),
  'repeated table rows': (size) => inTable(fill('\t1\t2\t3\t4\t5\t6\t7\n', size)),
  'repeated row labels': (size) => inTable(fill('（一）予以公开\t1\n', size)),
  'repeated dates': (size) => inProse(fill('2023年12月31日', size)),
  'repeated period openers': (size) => inProse(fill('统计期限自2023年1月1日起至', size)),
  'spaces inside 表三': (size) => inTable(fill(' ', size)),
  'ideographic spaces inside 表三': (size) => inTable(fill('\u3000', size)),
  'lone surrogates': (size) => inProse(fill('\ud800', size)),
  'NUL characters': (size) => inProse(fill('\0', size)),
  'dashes inside 表三': (size) => inTable(fill('-', size)),
  'absence phrases': (size) => inProse(fill('未收到', size)),
  'share phrases': (size) => inProse(fill('占9', size)),
};

/** The seed whose 表三 rows `runTogetherRows` prints run together. */
export const RUN_TOGETHER_BASE = '000_a0b6767ae323edb5.txt';

/**
 * Digits run together: every 表三 row printed as one run of digits instead of its seven cells (the
 * parser may try to split runs by the arithmetic). Not sized: the worst is a real table's worth of rows.
 */
export function runTogetherRows(digits: number): string {
  let text = seedText(RUN_TOGETHER_BASE);
  const rows = [...(parseReport(text).tables.s3?.rows ?? [])].sort((a, b) => b.span.start - a.span.start);
  for (const row of rows) {
    if (row.cells.length === 0) continue;
    const start = Math.min(...row.cells.map((c) => c.span.start));
    const end = Math.max(...row.cells.map((c) => c.span.end));
    text = text.slice(0, start) + '9'.repeat(digits) + text.slice(end);
  }
  return text;
}

/** Narrative without figures, as most of a report's prose is. */
const NARRATIVE = '本机关坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开，加强政策解读和回应关切，不断提升政府信息公开工作水平。';

/**
 * A document of about `bytes` bytes of UTF-8: one report whose section 一 is padded with paragraphs,
 * of narrative or (`figures`) of sentences that each state counts the text-vs-table rule reads.
 */
export function paddedReport(bytes: number, figures = false): string {
  const base = seedText('001_edb62deb526a149a.txt');
  const at = base.indexOf('二、主动公开');
  const paragraph = `${figures ? PROSE : NARRATIVE}\n\n`;
  const count = Math.ceil((bytes - Buffer.byteLength(base)) / Buffer.byteLength(paragraph));
  return base.slice(0, at) + paragraph.repeat(Math.max(0, count)) + base.slice(at);
}

/** A year-book of about `bytes` bytes of UTF-8: the seeds one after another, over and over. */
export function yearBook(bytes: number): string {
  const seeds = seedNames().map(seedText);
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const s = seeds[i % seeds.length]!;
    parts.push(s);
    total += Buffer.byteLength(s) + 2;
  }
  return parts.join('\n\n');
}
