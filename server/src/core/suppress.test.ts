import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkReport } from './check';
import { applyEdits } from './fix-all';
import { suppressionFix } from './suppress';

const BASE = readFileSync(join(__dirname, '../../../test-fixtures/synthetic/valid-2023.report.md'), 'utf8');
const ROW_LAW = '|  | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
const BLANK_ROW = '|  | 2.其他法律行政法规禁止公开 | 0 |  | 0 | 0 | 0 | 0 | 0 |';
const PROBLEMS = '主动公开的及时性还需加强。下一步将完善工作机制，提升公开质量。';

const codes = (text: string): string[] => checkReport(text).findings.map((f) => f.code);

test('disable-next-line silences that rule on the next line only', () => {
  const placeholder = BASE.replace(PROBLEMS, '（请填写存在的主要问题）');
  assert.ok(codes(placeholder).includes('GR110'));
  const silenced = placeholder.replace('（请填写存在的主要问题）', '<!-- gov-report-disable-next-line GR110 -->\n（请填写存在的主要问题）');
  assert.ok(!codes(silenced).includes('GR110'));
  const otherRule = placeholder.replace('（请填写存在的主要问题）', '<!-- gov-report-disable-next-line GR201 -->\n（请填写存在的主要问题）');
  assert.ok(codes(otherRule).includes('GR110'), 'another rule named: GR110 stays');
  const bySlug = placeholder.replace('（请填写存在的主要问题）', '<!-- gov-report-disable-next-line unfilled-template -->\n（请填写存在的主要问题）');
  assert.ok(!codes(bySlug).includes('GR110'), 'the slug works as the code does');
});

test('disable … enable silences a stretch of lines; the rule is back after enable', () => {
  const blank = BASE.replace(ROW_LAW, BLANK_ROW);
  assert.ok(codes(blank).includes('GR201'));
  const start = blank.indexOf('| 本年新收') >= 0 ? blank.indexOf('| 本年新收') : blank.indexOf(BLANK_ROW);
  const lineStart = blank.lastIndexOf('\n', start) + 1;
  const wrapped = `${blank.slice(0, lineStart)}<!-- gov-report-disable GR201 -->\n${blank.slice(lineStart)}`;
  assert.ok(!codes(wrapped).includes('GR201'), 'silenced from the comment on');
  const reEnabled = wrapped.replace(BLANK_ROW, `<!-- gov-report-enable GR201 -->\n${BLANK_ROW}`);
  assert.ok(codes(reEnabled).includes('GR201') || codes(reEnabled).length >= codes(wrapped).length, 'enable ends the stretch');
});

test('the quick-fix “在此处忽略” writes a comment that silences exactly its finding, in the document’s line endings', () => {
  for (const eol of ['\n', '\r\n']) {
    for (const text of [BASE.replace(PROBLEMS, '（请填写存在的主要问题）'), BASE.replace(ROW_LAW, BLANK_ROW)]) {
      const doc = text.replace(/\r?\n/g, eol);
      const { report, findings } = checkReport(doc);
      for (const finding of findings) {
        const fix = suppressionFix(report, finding);
        assert.match(fix.title['zh-CN'], /^在此(处|表)忽略 GR\d{3}$/);
        const fixed = applyEdits(doc, fix.edits);
        if (eol === '\r\n') for (const e of fix.edits) assert.ok(!/(^|[^\r])\n/.test(e.newText), 'no bare LF in a CRLF document');
        const after = checkReport(fixed).findings;
        assert.ok(!after.some((f) => f.code === finding.code && f.message['zh-CN'] === finding.message['zh-CN']), `${finding.code} silenced`);
        const others = findings.filter((f) => f.code !== finding.code).length;
        assert.equal(after.filter((f) => f.code !== finding.code).length, others, `${finding.code}: no other finding appears or goes`);
      }
    }
  }
});
