import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStartsOf, offsetToPosition, positionToOffset } from '../core/positions';

// The language server's documents are the oracle: CLI ranges must be the editor's ranges.
function randomText(seed: number): string {
  const pieces = ['a', '表', '\n', '\r\n', '\r', '\t', '😀', '１２', '|', ' '];
  let x = seed;
  let text = '';
  const length = (seed * 7) % 60;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    text += pieces[x % pieces.length];
  }
  return text;
}

test('offsetToPosition and positionToOffset agree with the LSP text document on CR, LF, CRLF and surrogate pairs', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const text = randomText(seed);
    const doc = TextDocument.create('file:///x.txt', 'gov-report', 1, text);
    const starts = lineStartsOf(text);
    assert.equal(starts.length, doc.lineCount, JSON.stringify(text));
    for (let offset = 0; offset <= text.length; offset++) {
      const mine = offsetToPosition(starts, offset, text);
      assert.deepEqual(mine, doc.positionAt(offset), `${JSON.stringify(text)} @${offset}`);
    }
    for (let line = 0; line <= starts.length; line++) {
      for (let character = 0; character < 8; character++) {
        assert.equal(positionToOffset(starts, { line, character }, text), doc.offsetAt({ line, character }), `${JSON.stringify(text)} ${line}:${character}`);
      }
    }
  }
});

test('offsets outside the text are clamped, never thrown on', () => {
  const text = 'ab\ncd';
  const starts = lineStartsOf(text);
  assert.deepEqual(offsetToPosition(starts, -5, text), { line: 0, character: 0 });
  assert.deepEqual(offsetToPosition(starts, 99, text), { line: 1, character: 2 });
  assert.deepEqual(offsetToPosition(starts, Number.NaN, text), { line: 0, character: 0 });
  assert.deepEqual(offsetToPosition(starts, 3), { line: 1, character: 0 });
  assert.equal(positionToOffset(starts, { line: -1, character: 0 }, text), 0);
});
