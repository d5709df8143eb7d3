import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver/node';
import { rangeOf, SEED_2023 } from './fixtures';
import { Harness, seedText, seedUri } from './harness';

const hoverText = (hover: Hover | null): string => (hover ? (hover.contents as MarkupContent).value : '');

describe('hover on a figure in the prose', () => {
  let harness: Harness;
  before(async () => { harness = await Harness.start({ settings: { debounce: 0 } }); });
  after(async () => { await harness.dispose(); });

  it('shows the table cells it restates and whether they agree; a mismatch is a GR403 warning on it', async () => {
    const text = seedText(SEED_2023);
    const uri = `${seedUri(SEED_2023)}#prose`;
    await harness.open(uri, text);
    const at = text.indexOf('部分公开9条') + '部分公开'.length;
    const span = { start: at, end: at + 1 };
    const hover = await harness.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, span).start }) as Hover | null;
    const value = hoverText(hover);
    assert.match(value, /部分公开/);
    assert.match(value, /= 9/);
    assert.match(value, /✓/);
    assert.deepEqual(hover?.range, rangeOf(text, span));

    const changed = text.slice(0, at) + '8' + text.slice(at + 1);
    const published = await harness.open(`${seedUri(SEED_2023)}#prose-changed`, changed);
    const warning = published.diagnostics.find((d) => d.code === 'GR403');
    assert.ok(warning, `GR403 published (got ${published.diagnostics.map((d) => d.code).join(', ')})`);
    assert.deepEqual(warning.range, rangeOf(changed, span));
    assert.match(warning.message, /8/);
    assert.match(warning.message, /9/);
  });
});
