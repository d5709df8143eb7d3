import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileUriOfView, viewUriOf } from './view-uri';
import { canonicalUri } from './workspace-files';

test('the view of a document is spelt as VS Code spells the one the client opens (Uri.from(…).toString())', () => {
  assert.equal(viewUriOf('file:///tmp/r.pdf'), 'gov-report-view:/tmp/r.pdf.report.md?file%3A%2F%2F%2Ftmp%2Fr.pdf');
  // Spaces, brackets, '#', '%' and Chinese: the editor encodes every character but the unreserved ones (and '/' in a path).
  const file = 'file:///tmp/%E5%B9%B4%E6%8A%A5%20(2024)%231%25.pdf';
  assert.equal(
    viewUriOf(file),
    'gov-report-view:/tmp/%E5%B9%B4%E6%8A%A5%20%282024%29%231%25.pdf.report.md?file%3A%2F%2F%2Ftmp%2F%25E5%25B9%25B4%25E6%258A%25A5%2520%25282024%2529%25231%2525.pdf',
  );
  // A Windows drive: lower case, the colon encoded.
  assert.equal(viewUriOf('file:///C:/r/a.docx'), 'gov-report-view:/c%3A/r/a.docx.report.md?file%3A%2F%2F%2Fc%253A%2Fr%2Fa.docx');
});

test('a view stands for its file: the file\'s URI back, one canonical URI for both', () => {
  const file = 'file:///tmp/%E5%B9%B4%E6%8A%A5%20(2024).pdf';
  assert.equal(canonicalUri(viewUriOf(file)), canonicalUri(file));
  assert.equal(fileUriOfView('file:///tmp/r.pdf'), undefined);
  assert.equal(fileUriOfView('gov-report-view:/tmp/r.pdf.report.md'), undefined);
  assert.equal(fileUriOfView('gov-report-view:/x.report.md?%E0%A4%A'), undefined, 'a broken escape: no file');
});
