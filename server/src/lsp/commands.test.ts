import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { blockPadding, insertTemplateEdit } from './commands';

const insert = (text: string, offset: number): string => {
  const { before, after } = blockPadding(text, offset);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return `${text.slice(0, offset)}${`${before}T\n${after}`.replace(/\n/g, eol)}${text.slice(offset)}`;
};

describe('a template inserted at the cursor stands apart by a blank line, nothing else changes', () => {
  it('in an empty document', () => assert.equal(insert('', 0), 'T\n'));
  it('at the start of a line after a paragraph', () => assert.equal(insert('a\nb\n', 2), 'a\n\nT\n\nb\n'));
  it('on a blank line between paragraphs', () => assert.equal(insert('a\n\nb\n', 2), 'a\n\nT\n\nb\n'));
  it('at the end of a line', () => assert.equal(insert('a\nb', 1), 'a\n\nT\n\nb'));
  it('in the middle of a line', () => assert.equal(insert('ab', 1), 'a\n\nT\n\nb'));
  it('at the end of the text', () => assert.equal(insert('a\n\n', 3), 'a\n\nT\n'));
  it('on a blank line, with CRLF line ends', () => assert.equal(insert('a\r\n\r\nb', 3), 'a\r\n\r\nT\r\n\r\nb'));

  it('the edit keeps the document\'s CRLF line endings', () => {
    const document = TextDocument.create('file:///a.report.txt', 'gov-report', 1, '三、收到和处理政府信息公开申请情况\r\n\r\n');
    const edit = insertTemplateEdit(document, { line: 2, character: 0 }, 's4');
    const newText = edit?.changes?.['file:///a.report.txt']?.[0]?.newText ?? '';
    assert.ok(newText.length > 0);
    assert.doesNotMatch(newText.replace(/\r\n/g, ''), /\n/, 'no bare LF');
  });
});
