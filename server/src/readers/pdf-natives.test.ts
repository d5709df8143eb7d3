import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from './index';
import { fixture } from './test-support';

test('reading a PDF leaves Node\'s own built-ins in place (pdf.js\'s legacy build replaces some with slower polyfills)', async () => {
  const natives = [Array.prototype.push, JSON.parse, Function.prototype.toString];
  const read = await readDocument(fixture('pdf/000-borders.pdf'), 'pdf');
  assert.ok(read.ok);
  assert.deepEqual([Array.prototype.push, JSON.parse, Function.prototype.toString], natives);
  // What pdf.js adds for itself (not in Node 20) stays.
  assert.equal(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers, 'function');
});
