// Synthetic reports for the parser tests: one set of values rendered in every table layout real
// reports use. Test support only (imported by *.test.ts).
import { formatDecimal } from '../decimal';
import type { Cell } from '../model';
import { TABLE2_2023, TABLE3_2019, TABLE3_2023, TABLE3_COLUMNS, TABLE4, cellKey } from '../spec';

export type Grid = string[][];
export type Layout = 'pipe' | 'tab' | 'html' | 'word' | 'blank' | 'space';
export const LAYOUTS: readonly Layout[] = ['pipe', 'tab', 'html', 'word', 'blank', 'space'];

const z = (n: number): string[] => Array.from({ length: n }, () => '0');

/** 表三 values per row (7 columns), balanced. */
export const T3: Record<string, readonly string[]> = (() => {
  const v: Record<string, string[]> = {};
  for (const r of TABLE3_2023.rows) v[r.key] = z(7);
  v['new'] = ['19', '1', '0', '0', '0', '0', '20'];
  v['carried'] = ['1', '0', '0', '0', '0', '0', '1'];
  v['granted'] = ['3', '1', '0', '0', '0', '0', '4'];
  v['partial'] = ['9', '0', '0', '0', '0', '0', '9'];
  v['denied.process'] = ['1', '0', '0', '0', '0', '0', '1'];
  v['unable.no_info'] = ['5', '0', '0', '0', '0', '0', '5'];
  v['other.other'] = ['2', '0', '0', '0', '0', '0', '2'];
  v['total'] = ['20', '1', '0', '0', '0', '0', '21'];
  v['carry_over'] = ['0', '0', '0', '0', '0', '0', '0'];
  return v;
})();

export const T2: Record<string, readonly string[]> = {
  rules: ['0', '0', '3'], normative: ['2', '1', '7'], licensing: ['120'], penalty: ['15'], coercion: ['0'], fees: ['1.5'],
};

export const T4: readonly string[] = ['0', '1', '0', '0', '1', '2', '0', '0', '1', '3', '0', '0', '0', '0', '0'];

export const T3_HEADER: Grid = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '申请人情况', '', '', '', '', '', ''],
  ['', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
  ['', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
];

/** 表三 grid: two label columns (group │ row) then the seven values. */
export function table3Grid(values: Record<string, readonly string[]> = T3, oldSix = false): Grid {
  const grid: Grid = T3_HEADER.map((r) => [...r]);
  const seenGroups = new Set<string>();
  const rows = oldSix ? TABLE3_2019.rows : TABLE3_2023.rows;
  for (const r of rows) {
    const v = r.key === 'other' ? z(7) : values[r.key]!;
    const lone = ['new', 'carried', 'total', 'carry_over'].includes(r.key) && r.key !== 'total';
    if (lone) {
      grid.push([r.label, '', ...v]);
      continue;
    }
    let group = '';
    if (r.group && !seenGroups.has(r.group)) {
      seenGroups.add(r.group);
      group = r.group;
    }
    grid.push([group, r.label, ...v]);
  }
  return grid;
}

export function table2Grid(values: Record<string, readonly string[]> = T2): Grid {
  const grid: Grid = [];
  let block = '';
  for (const r of TABLE2_2023.rows) {
    if (r.block !== block) {
      block = r.block!;
      grid.push([block, '', '', '']);
      grid.push(['信息内容', ...r.columns.map((c) => c.label)]);
    }
    grid.push([r.label, ...values[r.key]!]);
  }
  return grid;
}

export function table4Grid(values: readonly string[] = T4): Grid {
  const cols = TABLE4.rows[0]!.columns.map((c) => c.label);
  return [
    ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
    [...cols, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
    ['', '', '', '', '', ...cols, ...cols],
    [...values],
  ];
}

export function render(grid: Grid, layout: Layout): string {
  switch (layout) {
    case 'tab':
      return grid.map((r) => r.join('\t')).join('\n');
    case 'pipe': {
      const width = Math.max(...grid.map((r) => r.length));
      const pad = (r: string[]): string[] => [...r, ...Array<string>(width - r.length).fill('')];
      const lines = grid.map((r) => `| ${pad(r).join(' | ')} |`);
      lines.splice(1, 0, `|${Array<string>(width).fill('---').join('|')}|`);
      return lines.join('\n');
    }
    case 'html':
      return `<table>\n${grid.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}\n</table>`;
    case 'word':
      return grid.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
    case 'blank':
      return grid.flatMap((r) => r.filter((c) => c !== '')).join('\n\n');
    case 'space':
      return grid.map((r) => r.filter((c) => c !== '').join(' ')).filter((l) => l !== '').join('\n');
  }
}

export interface ReportParts {
  readonly layout: Layout;
  readonly t2?: string;
  readonly t3?: string;
  readonly t4?: string;
  readonly year?: number;
  readonly heading?: (numeral: string, title: string) => string;
}

const HEADING_STYLE: Record<Layout, (n: string, t: string) => string> = {
  pipe: (n, t) => `## ${n}、${t}`,
  tab: (n, t) => `${n}、${t}`,
  html: (n, t) => `**${n}、${t}**`,
  word: (n, t) => `${n}、${t}`,
  blank: (n, t) => `### ${n}、${t}`,
  space: (n, t) => `${n}、 ${t}`,
};

export function report(parts: ReportParts): string {
  const year = parts.year ?? 2023;
  const h = parts.heading ?? HEADING_STYLE[parts.layout];
  return [
    '某某市某某局',
    `${year}年政府信息公开工作年度报告`,
    '',
    `本报告所列数据的统计期限自 ${year} 年 1 月 1 日起至 ${year} 年 12 月 31 日止。`,
    '',
    h('一', '总体情况'),
    '',
    `${year}年，本机关主动公开政府信息 340 余条。`,
    '',
    '（1） 主动公开政府信息情况',
    '',
    '一是加大公开力度。',
    '',
    h('二', '主动公开政府信息情况'),
    '',
    parts.t2 ?? render(table2Grid(), parts.layout),
    '',
    h('三', '收到和处理政府信息公开申请情况'),
    '',
    parts.t3 ?? render(table3Grid(), parts.layout),
    '',
    h('四', '政府信息公开行政复议、行政诉讼情况'),
    '',
    parts.t4 ?? render(table4Grid(), parts.layout),
    '',
    h('五', '存在的主要问题及改进情况'),
    '',
    '一是公开内容有待丰富。',
    '',
    h('六', '其他需要报告的事项'),
    '',
    '本年度未收取信息处理费。',
    '',
    '某某市某某局',
    `${year + 1}年1月20日`,
    '',
  ].join('\n');
}

/** Every cell the default values give, as printed text. */
export function expectedCells(oldSix = false): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of TABLE2_2023.rows) r.columns.forEach((c, i) => out.set(cellKey('s2', r.key, c.key), T2[r.key]![i]!));
  for (const r of (oldSix ? TABLE3_2019 : TABLE3_2023).rows) {
    TABLE3_COLUMNS.forEach((c, i) => out.set(cellKey('s3', r.key, c.key), r.key === 'other' ? '0' : T3[r.key]![i]!));
  }
  TABLE4.rows.forEach((g, gi) => g.columns.forEach((c, i) => out.set(cellKey('s4', g.key, c.key), T4[gi * 5 + i]!)));
  return out;
}

/** A cell as the tests compare it: its number, '' when blank, `invalid:…` for text, `absent`. */
export const shown = (c: Cell | undefined): string =>
  !c ? 'absent' : c.value.kind === 'number' ? formatDecimal(c.value.value) : c.value.kind === 'blank' ? '' : `invalid:${c.value.text}`;
