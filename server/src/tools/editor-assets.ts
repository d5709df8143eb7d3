// Editor files generated from the core, so they never drift from the spec: the TextMate grammars
// (labels from the spec) and the snippets (the core's templates); the settings are in
// settings-manifest.ts. scripts/gen-editor-assets.mjs writes them; a test checks they are current.
import { SECTIONS, tableSpec, type TableId } from '../core/spec';
import { renderReportSkeleton, renderTableTemplate } from '../core/templates';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TABLES: readonly TableId[] = ['s2', 's3', 's4'];
const EDITIONS = ['2019', '2023'] as const;

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Printed numbering in front of a label: `一、`, `（三）`, `1.`. */
const NUMBERING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])\s*/;

/** Every label the tables print (rows without their numbering, groups, blocks, columns), longest first. */
export function tableLabels(): string[] {
  const labels = new Set<string>();
  const add = (label: string | undefined): void => {
    const bare = label?.replace(NUMBERING, '').trim();
    if (bare && bare.length >= 2) labels.add(bare);
  };
  for (const id of TABLES) {
    for (const edition of EDITIONS) {
      for (const row of tableSpec(id, edition).rows) {
        add(row.label);
        add(row.group);
        add(row.block);
        for (const column of row.columns) add(column.label);
      }
    }
  }
  for (const extra of ['信息内容', '申请人情况', '法人或其他组织', '行政诉讼']) add(extra);
  return [...labels].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Words the six section titles (and their variants) contain: what tells a heading from a table label. */
const sectionTitleWords = (): string[] =>
  [...new Set(SECTIONS.flatMap((s) => [...s.keywords, s.title.slice(0, 4)]))].sort((a, b) => b.length - a.length);

const SCOPE = 'gov-report';

function grammarRepository(): Record<string, Json> {
  const titles = sectionTitleWords().map(escapeRegex).join('|');
  return {
    'report-title': {
      match: `^\\s*(?:(#{1,6})\\s+)?(?:\\*\\*)?\\s*([^\\t|\\n]{0,80}?\\d{4}\\s*年度?\\s*政府信息公开工作年度报告)\\s*(?:\\*\\*)?\\s*$`,
      name: `markup.heading.title.${SCOPE}`,
      captures: { 1: { name: `punctuation.definition.heading.${SCOPE}` }, 2: { name: `entity.name.section.title.${SCOPE}` } },
    },
    'section-heading': {
      comment: 'The six section headings 一、…六、, as Markdown headings, bold lines or plain lines; not 表三\'s 一、本年新收… labels.',
      match: `^\\s*(?:(#{1,6})\\s+)?(\\*\\*)?\\s*([一二三四五六]|[1-6])([、.．])\\s*((?:[^\\t|\\n]*?)(?:${titles})[^\\t|\\n]*?)\\s*(\\*\\*)?\\s*$`,
      name: `markup.heading.section.${SCOPE}`,
      captures: {
        1: { name: `punctuation.definition.heading.${SCOPE}` },
        2: { name: `punctuation.definition.bold.${SCOPE}` },
        3: { name: `constant.numeric.section-number.${SCOPE}` },
        4: { name: `punctuation.separator.section-number.${SCOPE}` },
        5: { name: `entity.name.section.${SCOPE}` },
        6: { name: `punctuation.definition.bold.${SCOPE}` },
      },
    },
    'markdown-heading': {
      match: '^\\s*(#{1,6})\\s+(.*)$',
      name: `markup.heading.${SCOPE}`,
      captures: { 1: { name: `punctuation.definition.heading.${SCOPE}` }, 2: { name: `entity.name.section.${SCOPE}` } },
    },
    note: {
      comment: 'The 勾稽关系 note printed in 表三\'s top-left cell.',
      match: '[（(]\\s*本列数据的勾稽关系为[^）)\\n]*[）)]?',
      name: `comment.block.note.balance.${SCOPE}`,
    },
    'sub-numbering': {
      patterns: [
        { match: '[（(][一二三四五六七八九十]{1,3}[）)]', name: `constant.character.numbering.${SCOPE}` },
        { match: '(?<![\\d.．])\\d{1,2}[.．、](?=[^\\d\\s])', name: `constant.character.numbering.${SCOPE}` },
      ],
    },
    labels: {
      comment: 'A table label fills a whole cell (line start or tab/pipe on both sides); the same words in prose stay uncoloured.',
      match: `(?:^|(?<=[\\t|]))[ \\t　]*((?:(?:[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、])[ \\t]*)*)(${tableLabels().map(escapeRegex).join('|')})[ \\t　]*(?=$|[\\t|])`,
      captures: { 1: { name: `constant.character.numbering.${SCOPE}` }, 2: { name: `entity.name.type.label.${SCOPE}` } },
    },
    numbers: {
      match: '(?<![A-Za-z0-9_.])[+-]?\\d+(?:\\.\\d+)?(?:\\s?万元)?(?![A-Za-z0-9_]|\\.\\d)',
      name: `constant.numeric.${SCOPE}`,
    },
    'table-rule': {
      match: '^\\s*\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*:?-{0,}:?\\s*$',
      name: `punctuation.separator.table.${SCOPE}`,
    },
    'table-pipe': { match: '\\|', name: `punctuation.separator.table.${SCOPE}` },
    bold: {
      begin: '\\*\\*(?=\\S)',
      end: '(?<=\\S)\\*\\*|$',
      name: `markup.bold.${SCOPE}`,
      patterns: [{ include: '#labels' }, { include: '#numbers' }],
    },
    artefact: {
      comment: 'Conversion noise: [image: ], [bookmark: _GoBack].',
      match: '\\[(?:image|bookmark):[^\\]\\n]*\\]',
      name: `comment.line.artefact.${SCOPE}`,
    },
  };
}

/** The grammar of the `gov-report` language (`*.report.md`, `*.report.txt`). Colouring only. */
export function renderGrammar(): Json {
  return {
    name: 'gov-report',
    scopeName: 'text.gov-report',
    comment: 'Generated by scripts/gen-editor-assets.mjs from the spec (server/src/tools/editor-assets.ts). Do not edit.',
    patterns: ['report-title', 'section-heading', 'markdown-heading', 'note', 'artefact', 'table-rule', 'table-pipe', 'bold', 'sub-numbering', 'labels', 'numbers']
      .map((name) => ({ include: `#${name}` })),
    repository: grammarRepository(),
  };
}

/**
 * Injected into Markdown: the section numbering of report headings, （一） sub-numbering, table
 * labels, the 勾稽关系 note, and numbers only when they fill a whole pipe-table cell (so ordinary
 * Markdown keeps its colours).
 */
export function renderInjectionGrammar(): Json {
  const titles = sectionTitleWords().map(escapeRegex).join('|');
  const repo = grammarRepository();
  return {
    scopeName: 'text.gov-report.injection',
    comment: 'Generated by scripts/gen-editor-assets.mjs from the spec (server/src/tools/editor-assets.ts). Do not edit.',
    injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -comment',
    patterns: ['section-number', 'note', 'sub-numbering', 'labels', 'cell-number'].map((name) => ({ include: `#${name}` })),
    repository: {
      'section-number': {
        match: `(?<![\\p{Han}\\w])([一二三四五六])(、)(?=\\s*(?:[^\\t|\\n]*?)(?:${titles}))`,
        captures: { 1: { name: `constant.numeric.section-number.${SCOPE}` }, 2: { name: `punctuation.separator.section-number.${SCOPE}` } },
      },
      note: repo.note!,
      'sub-numbering': { match: '[（(][一二三四五六七八九十]{1,3}[）)]', name: `constant.character.numbering.${SCOPE}` },
      labels: repo.labels!,
      'cell-number': {
        match: '(?<=\\|)\\s*([+-]?\\d+(?:\\.\\d+)?(?:\\s?万元)?)\\s*(?=\\|)',
        captures: { 1: { name: `constant.numeric.${SCOPE}` } },
      },
    },
  };
}

/** Snippet text: `$`, `}` and `\` are literal. */
const escapeSnippet = (text: string): string => text.replace(/[$}\\]/g, '\\$&');

/** A template with a tab stop in every cell, in reading order. */
function tableSnippet(id: TableId): string[] {
  const keys = tableSpec(id, '2023').rows.flatMap((r) => r.columns.map((c) => `${id}.${r.key}.${c.key}`));
  const markers = new Map(keys.map((k, i) => [k, `\u0000${i + 1}\u0000`]));
  const text = escapeSnippet(renderTableTemplate(id, 'pipe', markers).trimEnd());
  return text.replace(/\u0000(\d+)\u0000/g, '$${$1}').split('\n');
}

const YEAR_MARK = '\u00019999\u0001';
const AGENCY_MARK = '\u0001AGENCY\u0001';

function skeletonSnippet(): string[] {
  const text = escapeSnippet(renderReportSkeleton({ year: 9999, agency: AGENCY_MARK, style: 'pipe', headingPrefix: '## ' }).trimEnd());
  return text
    .replace(/9999/g, YEAR_MARK)
    .replace(new RegExp(YEAR_MARK, 'g'), '${1:2024}')
    .replace(new RegExp(AGENCY_MARK, 'g'), '${2:某某市人民政府办公室}')
    .split('\n');
}

const TABLE_SNIPPET_NAMES: Readonly<Record<TableId, { prefix: string[]; description: string }>> = {
  s2: { prefix: ['表二', 'gr-table2'], description: '现行格式（国办公开办函〔2021〕30号）表二：主动公开政府信息情况 / 2021 format (in force), table 2' },
  s3: { prefix: ['表三', 'gr-table3'], description: '现行格式（国办公开办函〔2021〕30号）表三：收到和处理政府信息公开申请情况 / 2021 format (in force), table 3' },
  s4: { prefix: ['表四', 'gr-table4'], description: '现行格式（国办公开办函〔2021〕30号）表四：政府信息公开行政复议、行政诉讼情况 / 2021 format (in force), table 4' },
};

export function renderSnippets(): Json {
  const snippets: Record<string, Json> = {};
  for (const id of TABLES) {
    const name = TABLE_SNIPPET_NAMES[id];
    snippets[`2021年版${name.prefix[0]}`] = { prefix: name.prefix, description: name.description, body: tableSnippet(id) };
  }
  snippets['政府信息公开工作年度报告'] = {
    prefix: ['年报', 'gr-report'],
    description: '整份年度报告骨架（标题、六个部分、三张表）/ Whole report skeleton',
    body: skeletonSnippet(),
  };
  return snippets;
}

export { settingProperties, settingsNls } from './settings-manifest';
