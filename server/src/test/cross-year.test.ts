import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReport } from '../core/check';
import type { Report } from '../core/model';
import { DEFAULT_OPTIONS } from '../core/options';
import { parseReport } from '../core/parse';
import { describeGrowth, GROWTH_FACTOR, LINEAR_LIMIT, measureGrowth } from '../fuzz/growth';
import { findPredecessor, normaliseAgency, linkOf, reportFileIndex, type ReportFile } from '../core/predecessor';
import { sectionSentences } from '../core/rules/GR406-repeated-text';
import { loadSeeds, ROOT } from './seeds';

const DIR = join(ROOT, 'test-fixtures/cross-year');
const SCOPE = new Set(['GR403', 'GR404', 'GR405', 'GR406']);

interface Expected {
  readonly predecessors: Record<string, string | null>;
  readonly findings: Record<string, { code: string; cells?: string[]; text?: string; section?: number }[]>;
}
const expected: Expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));

const loadFolder = (): ReportFile[] => readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort()
  .map((file) => ({ file, report: parseReport(readFileSync(join(DIR, file), 'utf8')) }));

test('the fixtures are what the script makes from the seeds', () => {
  const out = mkdtempSync(join(tmpdir(), 'cross-year-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/make-cross-year-fixtures.mjs', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const made = readdirSync(out).sort();
    assert.deepEqual(made, readdirSync(DIR).filter((n) => n !== 'README.md').sort());
    for (const name of made) assert.equal(readFileSync(join(out, name), 'utf8'), readFileSync(join(DIR, name), 'utf8'), name);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('each fixture is linked to its predecessor (same agency, year before) and no other', () => {
  const folder = loadFolder();
  const index = reportFileIndex(folder);
  for (const { file, report } of folder) assert.equal(index.find(linkOf(report))?.file ?? null, expected.predecessors[file], file);
});

test('cross-report findings on the fixtures are exactly the planted ones', () => {
  const folder = loadFolder();
  const index = reportFileIndex(folder);
  for (const { file, report } of folder) {
    const previous = index.find(linkOf(report));
    const found = checkReport(report.text, { options: DEFAULT_OPTIONS, previous }).findings.filter((f) => SCOPE.has(f.code));
    const shown = found.map((f) => {
      const section = report.sections.find((s) => s.heading.span.start === f.span.start)?.index;
      return {
        code: f.code,
        ...(f.cells && f.code !== 'GR406' ? { cells: [...f.cells] } : {}),
        ...(f.code === 'GR406' ? { section } : { text: report.text.slice(f.span.start, f.span.end) }),
      };
    });
    assert.deepEqual(shown, expected.findings[file], file);
    for (const f of found.filter((x) => x.code === 'GR404' || x.code === 'GR406')) {
      assert.equal(f.related?.[0]?.file, previous?.file, `${file}: related location in last year's file`);
      const cell = f.related![0]!;
      assert.ok(cell.span.end <= previous!.report.text.length);
    }
  }
});

test('GR404 points at last year’s cell holding the number it quotes', () => {
  const folder = loadFolder();
  const report = folder.find((f) => f.file === 'laishan-2020.txt')!.report;
  const previous = findPredecessor(report, folder)!;
  const f = checkReport(report.text, { options: DEFAULT_OPTIONS, previous }).findings.find((x) => x.code === 'GR404')!;
  const related = f.related![0]!;
  assert.equal(previous.report.text.slice(related.span.start, related.span.end), '0');
  assert.match(f.message['zh-CN'], /2/);
  assert.match(f.message['zh-CN'], /0/);
});

test('no GR403 or GR404 on the five seeds, alone or checked as a folder', () => {
  const seeds = loadSeeds().map((s) => ({ file: s.name, report: parseReport(s.text) }));
  const index = reportFileIndex(seeds);
  for (const s of seeds) {
    const previous = index.find(linkOf(s.report));
    assert.equal(previous, undefined, `${s.file}: the seeds are five agencies`);
    const found = checkReport(s.report.text, { options: DEFAULT_OPTIONS, previous }).findings.filter((f) => f.code === 'GR403' || f.code === 'GR404');
    assert.deepEqual(found.map((f) => f.message.en), [], s.file);
  }
});

const fakeReport = (agency: string | undefined, year: number | undefined, title?: string): Report => ({
  text: '', edition: '2023', sections: [], tables: {}, lineStarts: [0],
  ...(agency !== undefined ? { agency } : {}), ...(year !== undefined ? { year } : {}),
  ...(title ? { title: { text: title, span: { start: 0, end: 0 } } } : {}),
});

test('findPredecessor: agency compared without spaces and punctuation, year − 1 only', () => {
  const candidates: ReportFile[] = [
    { file: 'a-2021', report: fakeReport('烟台市 莱山区人民政府办公室', 2021) },
    { file: 'a-2020', report: fakeReport('烟台市莱山区人民政府办公室（区政务公开办）', 2020) },
    { file: 'b-2022', report: fakeReport('烟台市芝罘区人民政府办公室', 2022) },
    { file: 'c-2022', report: fakeReport(undefined, 2022, '# 淄博市人民政府办公室 2022 年政府信息公开工作年度报告') },
  ];
  assert.equal(findPredecessor(fakeReport('烟台市莱山区人民政府办公室', 2022), candidates)?.file, 'a-2021');
  assert.equal(findPredecessor(fakeReport('烟台市莱山区人民政府办公室', 2021), candidates), undefined, 'the parenthesised name differs');
  assert.equal(findPredecessor(fakeReport('烟台市莱山区人民政府办公室', 2023), candidates), undefined, 'two years back is not the predecessor');
  assert.equal(findPredecessor(fakeReport('淄博市人民政府办公室', 2023), candidates)?.file, 'c-2022', 'agency from the title');
  assert.equal(findPredecessor(fakeReport(undefined, undefined), candidates), undefined);
  assert.equal(normaliseAgency(' 烟台市·莱山区 人民政府\u3000办公室 '), '烟台市莱山区人民政府办公室');
});

test('GR406 compares sentences in linear time', () => {
  const sentence = (i: number): string => `第${'一二三四五六七八九'[i % 9]}项工作按计划推进编号${String.fromCharCode(0x4e00 + (i % 20000))}完成。`;
  const body = (count: number): string => Array.from({ length: count }, (_, i) => sentence(i)).join('');
  const make = (year: number, text: string): string =>
    `# 某某局${year}年政府信息公开工作年度报告\n\n## 一、总体情况\n\n${text}\n\n## 五、存在的主要问题及改进情况\n\n无。\n`;
  const pair = (count: number) => ({ previous: { file: 'last.md', report: parseReport(make(2022, body(count))) }, current: parseReport(make(2023, body(count))) });
  const gr406 = ({ previous, current }: ReturnType<typeof pair>) => checkReport(current.text, { options: DEFAULT_OPTIONS, previous }).findings.filter((x) => x.code === 'GR406');
  const large = pair(20000);
  const growth = measureGrowth(pair(20000 / GROWTH_FACTOR), large, (p) => { gr406(p); });
  assert.ok(growth.ratio <= LINEAR_LIMIT, `a 20,000-sentence section: ${describeGrowth(growth)}`);
  assert.equal(gr406(large).length, 1);
  assert.ok(sectionSentences(large.current, large.current.sections[0]!).length >= 1000);
});

test('GR406 threshold comes from the options; short boilerplate sections are not judged', () => {
  const text = (body: string): string => `# 某某局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n${body}\n\n## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n`;
  const shared = '一是加强组织领导，明确责任分工。二是完善工作制度，规范办理流程。';
  const previous = { file: 'last.md', report: parseReport(text(`${shared}三是加强平台建设，提升公开实效。四是强化监督考核，推动任务落实。`)) };
  const current = text(`${shared}三是拓展公开渠道，方便群众查阅。四是加强培训指导，提高业务能力。`);
  const gr406 = (threshold: number) => checkReport(current, { options: { ...DEFAULT_OPTIONS, repeatedTextThreshold: threshold }, previous })
    .findings.filter((f) => f.code === 'GR406');
  assert.equal(gr406(0.5).length, 0, '2 of 4 sentences = 50 %, not beyond 50 %');
  assert.equal(gr406(0.4).length, 1);
  assert.match(gr406(0.4)[0]!.message['zh-CN'], /4 句中有 2 句/);
});
