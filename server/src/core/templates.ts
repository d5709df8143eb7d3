import { formatDecimal } from './decimal';
import type { Cell, Report, Table } from './model';
import {
  cellKey, SECTIONS, TABLE3_APPLICANT_HEADER, TABLE3_NOTE, TABLE3_ORGANISATION_HEADER, TABLE3_RESULTS_GROUP,
  TABLE4, TABLE4_SUIT_HEADER, tableSpec, type RowSpec, type TableId, type TableSpec,
} from './spec';
import { columnLabelEn, rowLabelEn } from './spec/english';
import { TABLE2_CONTENT_HEADER } from './spec/layout';
import { isOrganisationColumn, subgroupLabel, subgroupOf, table3Level } from './spec/paths';

/** The table styles a template can be rendered in: the document's own. */
export type TemplateStyle = 'pipe' | 'tab';

// ---- the document's style -------------------------------------------------------------------

const PIPE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m;
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]/m;

/**
 * The document's table style, from its existing tables: pipe if any is a pipe table (or the text
 * has one elsewhere), tab for the other layouts; with no table, pipe for Markdown, else tab.
 */
export function documentTableStyle(report: Report): TemplateStyle {
  try {
    const styles = Object.values(report.tables).flatMap((t) => (t ? [t.style] : []));
    if (styles.includes('pipe')) return 'pipe';
    if (styles.length > 0) return PIPE_DELIMITER_ROW.test(report.text) ? 'pipe' : 'tab';
    return MARKDOWN_HEADING.test(report.text) ? 'pipe' : 'tab';
  } catch {
    return 'tab';
  }
}

// ---- grids ------------------------------------------------------------------------------------

/** A printed line of a table: its cells; on data lines trailing blank cells are cells, not padding. */
interface GridLine {
  readonly cells: readonly string[];
  readonly data: boolean;
}

type Values = ReadonlyMap<string, string> | undefined;

const value = (values: Values, key: string): string => values?.get(key) ?? '';
const valuesOf = (values: Values, id: TableId, row: RowSpec): string[] => row.columns.map((c) => value(values, cellKey(id, row.key, c.key)));

/** 表二: for each 第二十条 block, the block line, the 信息内容 header, then its rows. */
function table2Grid(spec: TableSpec, values: Values): GridLine[] {
  const lines: GridLine[] = [];
  let block: string | undefined;
  for (const row of spec.rows) {
    if (row.block !== block) {
      block = row.block;
      if (block) lines.push({ cells: [block], data: false });
      lines.push({ cells: [TABLE2_CONTENT_HEADER, ...row.columns.map((c) => c.label)], data: false });
    }
    lines.push({ cells: [row.label, ...valuesOf(values, spec.id, row)], data: true });
  }
  return lines;
}

/**
 * The three label columns of a 表三 row: 三、本年度办理结果 │ （三）不予公开 │ the row's own label.
 * Group labels appear on the line of their group's first row only, and the row's own label always
 * sits right before its seven cells, so no empty cell ever separates a label from its numbers.
 */
function table3Labels(spec: TableSpec, row: RowSpec, index: number): [string, string, string] {
  const level = table3Level(row.key);
  if (level === 1) return ['', '', row.label];
  const previous = spec.rows[index - 1];
  const results = !previous || table3Level(previous.key) === 1 ? TABLE3_RESULTS_GROUP : '';
  if (level === 2) return [results, '', row.label];
  const firstOfGroup = !previous || subgroupOf(previous.key) !== subgroupOf(row.key);
  return [results, firstOfGroup ? subgroupLabel(spec, row.key) ?? '' : '', row.label];
}

/**
 * 表三. Pipe: three label columns then the seven applicant columns, so every line has ten cells.
 * Tab: as Word exports it — a row's labels from its level on, then exactly its seven cells.
 */
function table3Grid(spec: TableSpec, values: Values, style: TemplateStyle): GridLine[] {
  const columns = spec.rows[0]!.columns;
  const pad = style === 'pipe' ? ['', '', ''] : [''];
  const natural = columns.find((c) => c.key === 'natural')!;
  const total = columns.find((c) => c.key === 'total')!;
  const organisations = columns.filter((c) => isOrganisationColumn(spec, c.key));
  const lines: GridLine[] = [
    { cells: [TABLE3_NOTE, ...pad.slice(1), TABLE3_APPLICANT_HEADER], data: false },
    { cells: [...pad, natural.label, TABLE3_ORGANISATION_HEADER, ...organisations.slice(1).map(() => ''), total.label], data: false },
    { cells: [...pad, '', ...organisations.map((c) => c.label)], data: false },
  ];
  spec.rows.forEach((row, index) => {
    const labels = table3Labels(spec, row, index);
    const printed = style === 'pipe' ? labels : nestedLabels(row.key, labels);
    lines.push({ cells: [...printed, ...valuesOf(values, spec.id, row)], data: true });
  });
  return lines;
}

/** Tab rows are indented by their level, as Word exports them: `\t（三）不予公开\t1.属于国家秘密\t…`. */
function nestedLabels(rowKey: string, [results, group, own]: readonly string[]): string[] {
  switch (table3Level(rowKey)) {
    case 1: return [own!];
    case 2: return [results!, own!];
    case 3: return [results!, group!, own!];
  }
}

/** 表四: 行政复议 │ 行政诉讼 over the groups, the column labels, then one line of fifteen cells. */
function table4Grid(values: Values): GridLine[] {
  const [review, ...suits] = TABLE4.rows;
  const width = (row: RowSpec): string[] => row.columns.map(() => '');
  const labels = (row: RowSpec): string[] => row.columns.map((c) => c.label);
  const first = (text: string, row: RowSpec): string[] => [text, ...width(row).slice(1)];
  return [
    { cells: [...first(review!.label, review!), TABLE4_SUIT_HEADER], data: false },
    { cells: [...labels(review!), ...suits.flatMap((s) => first(s.label, s))], data: false },
    { cells: [...width(review!), ...suits.flatMap(labels)], data: false },
    { cells: TABLE4.rows.flatMap((row) => valuesOf(values, 's4', row)), data: true },
  ];
}

// ---- printing ---------------------------------------------------------------------------------

const pipeCell = (text: string): string => text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').trim();
const tabCell = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').trim();

function printPipe(lines: readonly GridLine[]): string {
  const width = Math.max(...lines.map((l) => l.cells.length));
  const print = (cells: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => pipeCell(cells[i] ?? '')).join(' | ')} |`.replace(/ {2}\|/g, ' |');
  const [header, ...body] = lines;
  return [print(header!.cells), `|${' --- |'.repeat(width)}`, ...body.map((l) => print(l.cells))].join('\n');
}

function printTab(lines: readonly GridLine[]): string {
  return lines
    .map((l) => {
      const cells = l.cells.map(tabCell);
      if (!l.data) while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      return cells.join('\t');
    })
    .join('\n');
}

function renderSpec(spec: TableSpec, style: TemplateStyle, values: Values): string {
  const grid = spec.id === 's2' ? table2Grid(spec, values) : spec.id === 's3' ? table3Grid(spec, values, style) : table4Grid(values);
  return `${style === 'pipe' ? printPipe(grid) : printTab(grid)}\n`;
}

/** The 2023 template for 表二/表三/表四; `values` fills cells by key (others blank). Ends with a line break. */
export function renderTableTemplate(id: TableId, style: TemplateStyle, values?: ReadonlyMap<string, string>): string {
  try {
    return renderSpec(tableSpec(id, '2023'), style, values);
  } catch {
    return '';
  }
}

// ---- the whole report -------------------------------------------------------------------------

export interface SkeletonOptions {
  readonly year: number;
  readonly agency: string;
  readonly style: TemplateStyle;
  /** Heading marks of the document (`## `), empty for plain text. */
  readonly headingPrefix: string;
}

/** A heading in the document's style: `## 二、…`, `**二、…**`, or the bare line. */
function heading(prefix: string, text: string, title = false): string {
  const marks = /^\s*(#{1,6})\s*$/.exec(prefix);
  if (marks) return `${'#'.repeat(title ? Math.max(1, marks[1]!.length - 1) : marks[1]!.length)} ${text}`;
  const bold = /^\s*(\*\*|__)\s*$/.exec(prefix);
  if (bold) return `${bold[1]}${text}${bold[1]}`;
  return `${title ? '' : prefix}${text}`;
}

const PROSE: Readonly<Record<number, string>> = {
  1: '（请填写本年度政府信息公开工作的总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障等。）',
  2: '',
  3: '',
  4: '',
  5: '（请填写本年度政府信息公开工作存在的主要问题、上年度问题的改进情况和下一步的改进措施。）',
  6: '（请填写依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况，以及其他需要报告的事项。）',
};

/** A whole report: title, the statistical period, the six headings with their prescribed titles, the three tables. */
export function renderReportSkeleton(options: SkeletonOptions): string {
  try {
    const { year, agency, style, headingPrefix } = options;
    const parts = [
      heading(headingPrefix, `${agency}${year}年政府信息公开工作年度报告`, true),
      '根据《中华人民共和国政府信息公开条例》第五十条的规定，编制本报告。' +
        `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    ];
    for (const section of SECTIONS) {
      parts.push(heading(headingPrefix, `${section.numeral}、${section.title}`));
      const prose = PROSE[section.index];
      if (prose) parts.push(prose);
      const table = section.table;
      if (table) parts.push(renderTableTemplate(table, style).replace(/\n$/, ''));
    }
    return `${parts.join('\n\n')}\n`;
  } catch {
    return '';
  }
}

/** Characters no file system takes in a name (Windows' set, the strictest), and control characters. */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The name a new report is offered under: its title, as agencies name the files they publish
 * (`某某县人民政府办公室2024年政府信息公开工作年度报告.report.md`); `.report.txt` for plain text.
 */
export function reportFileName(agency: string, year: number, plain = false): string {
  const name = `${agency}${year}年政府信息公开工作年度报告`.replace(NOT_IN_FILE_NAMES, '').replace(/\s+/g, ' ').trim();
  return `${name}${plain ? '.report.txt' : '.report.md'}`;
}

// ---- migrating a 2019-edition table ---------------------------------------------------------

export interface Migration {
  /** The 2023 template carrying the values whose meaning did not change; ends with a line break. */
  readonly text: string;
  /** What the old table held that the new one does not take over: `规章：本年新制作数量，…`, `（六）其他处理`. */
  readonly notCarried: readonly string[];
  readonly notCarriedEn: readonly string[];
  /** Keys of the old cells (with a value) left behind. */
  readonly droppedKeys: readonly string[];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text to carry: the number as printed (with its unit or note), or the raw text of an invalid cell. */
function carriedText(cell: Cell): string | undefined {
  const v = cell.value;
  if (v.kind === 'blank') return undefined;
  if (v.kind === 'number' && !v.annotation && !v.unit) return formatDecimal(v.value);
  return collapse(cell.raw) || undefined;
}

/**
 * The 2023 template for an old table, carrying every cell whose key — and so whose meaning — the
 * 2023 template keeps (all of 表三 but the one-row （六）, all of 表四, 表二's 处理决定数量),
 * leaving the rest blank, with a list of what was not carried.
 */
export function migrateTable(table: Table, style: TemplateStyle): Migration {
  try {
    const target = tableSpec(table.id, '2023');
    const keep = new Set(target.rows.flatMap((r) => r.columns.map((c) => cellKey(table.id, r.key, c.key))));
    const old = tableSpec(table.id, table.edition);
    const values = new Map<string, string>();
    const dropped = new Map<string, Cell[]>();
    for (const cell of table.cells.values()) {
      const text = carriedText(cell);
      if (text === undefined) continue;
      if (keep.has(cell.key)) values.set(cell.key, text);
      else dropped.set(cell.row, [...(dropped.get(cell.row) ?? []), cell]);
    }
    const notCarried: string[] = [];
    const notCarriedEn: string[] = [];
    const droppedKeys: string[] = [];
    for (const row of old.rows) {
      const cells = dropped.get(row.key);
      if (!cells) continue;
      droppedKeys.push(...cells.map((c) => c.key));
      const rowKept = target.rows.some((r) => r.key === row.key);
      const columns = row.columns.filter((c) => cells.some((cell) => cell.column === c.key));
      const rowEn = rowLabelEn(table.id, row.key) ?? row.label;
      notCarried.push(rowKept ? `${row.label}：${columns.map((c) => c.label).join('，')}` : row.label);
      notCarriedEn.push(rowKept ? `${rowEn}: ${columns.map((c) => columnLabelEn(table.id, row.key, c.key) ?? c.label).join(', ')}` : rowEn);
    }
    return { text: renderSpec(target, style, values), notCarried, notCarriedEn, droppedKeys };
  } catch {
    return { text: '', notCarried: [], notCarriedEn: [], droppedKeys: [] };
  }
}
