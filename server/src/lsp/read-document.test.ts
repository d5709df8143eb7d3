import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocumentText } from './read-document';

const FIXTURES = join(__dirname, '..', '..', '..', 'test-fixtures');
const uri = (path: string): string => pathToFileURL(join(FIXTURES, path)).toString();

test('govReport.server.readDocument: the report text of a PDF and a .docx for the read-only view', async () => {
  const pdf = await readDocumentText({ uri: uri('pdf/hongze-2024.pdf') }, 'zh-CN');
  assert.ok('text' in pdf && /^\| 一、本年新收政府信息公开申请数量 \|/m.test(pdf.text));
  const docx = await readDocumentText({ uri: uri('docx/word-style.docx') }, 'zh-CN');
  assert.ok('text' in docx && /^一、总体情况$/m.test(docx.text));
});

test('govReport.server.readDocument: old formats, other files and bad arguments answer with a reason, never throw', async () => {
  assert.match((await readDocumentText({ uri: uri('x/报告.doc') }, 'zh-CN') as { error: string }).error, /请另存为 \.docx/);
  assert.ok('error' in await readDocumentText({ uri: uri('seeds/README.md') }, 'en'));
  assert.ok('error' in await readDocumentText({ uri: 'untitled:x' }, 'en'));
  assert.ok('error' in await readDocumentText(undefined, 'en'));
  assert.ok('error' in await readDocumentText({ uri: uri('pdf/missing.pdf') }, 'en'));
});
