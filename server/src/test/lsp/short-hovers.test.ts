import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver/node';
import { cellOf, numberOf, rangeOf, replaceSpan, SEED_2023 } from './fixtures';
import { Harness, seedText } from './harness';

/**
 * What an editor shows on a broken total, over the protocol: the diagnostic (message and related
 * locations, which VS Code lists first) and our hover. The explanation must be reachable within about
 * twelve lines, with no equation written twice.
 */
const LINES = 12;

const hoverText = (hover: Hover | null): string => (hover ? (hover.contents as MarkupContent).value : '');
/** Lines as rendered: Markdown paragraphs separated by blank lines show as one line each. */
const shownLines = (markdown: string): string[] => markdown.split('\n').filter((l) => l.trim() !== '');
/** An equation as the messages and hovers print one: names and numbers joined by + around =. */
const EQUATION = /\d\s*\+\s*[^\n]*=|=\s*[^\n]*\d\s*\+/;

describe('short hovers on a broken total', () => {
  let harness: Harness;
  let text: string;
  let uri: string;
  let diagnostics: Diagnostic[];
  let hover: string;
  let total: ReturnType<typeof cellOf>;

  before(async () => {
    harness = await Harness.start({ settings: { debounce: 0, locale: 'zh-CN' } });
    const original = seedText(SEED_2023);
    total = cellOf(original, 's3.granted.total');
    text = replaceSpan(original, total.span, String(numberOf(total) + 1n)).text;
    uri = 'file:///short/broken-total.report.md';
    diagnostics = (await harness.open(uri, text)).diagnostics;
    const position = rangeOf(text, total.span).start;
    hover = hoverText(await harness.client.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Hover | null);
  });
  after(async () => { await harness.dispose(); });

  const at = (d: Diagnostic): boolean => {
    const cell = rangeOf(text, total.span);
    return d.range.start.line <= cell.start.line && d.range.end.line >= cell.start.line;
  };

  it('the broken total has an arithmetic diagnostic whose message does not repeat the equation', () => {
    const arithmetic = diagnostics.filter((d) => String(d.code).startsWith('GR30'));
    assert.ok(arithmetic.length > 0, `the changed total breaks a sum (got ${diagnostics.map((d) => d.code).join(', ')})`);
    for (const d of arithmetic) assert.doesNotMatch(d.message, EQUATION, `no equation in the message: ${d.message}`);
  });

  it('related information is limited to the cells that decide the finding (the suspect and the total)', () => {
    for (const d of diagnostics.filter((x) => String(x.code).startsWith('GR30'))) {
      assert.ok((d.relatedInformation?.length ?? 0) <= 2, `${d.code}: ${d.relatedInformation?.map((r) => r.message).join(' / ')}`);
      assert.ok((d.relatedInformation?.length ?? 0) >= 1, `${d.code} names the total`);
    }
  });

  it('the hover starts with the cell explanation and shows the failing equation once', () => {
    const lines = shownLines(hover);
    assert.match(lines[0]!, /^\*\*表三 › 三、本年度办理结果 › （一）予以公开 › 总计\*\*$/, 'the cell path first');
    assert.ok(lines.some((l) => /✗/.test(l)), `a failing equation with ✗: ${hover}`);
    const equations = lines.filter((l) => l.startsWith('- '));
    assert.equal(new Set(equations).size, equations.length, 'no equation twice');
  });

  it(`the explanation is within the first ${LINES} lines of what the editor shows (diagnostics first, then the hover)`, () => {
    const here = diagnostics.filter(at);
    const diagnosticLines = here.reduce((n, d) => n + d.message.split('\n').length + (d.relatedInformation?.length ?? 0), 0);
    const lines = shownLines(hover);
    const firstEquation = lines.findIndex((l) => l.startsWith('- '));
    assert.ok(firstEquation > 0, 'the hover lists equations');
    const reached = diagnosticLines + firstEquation + 1;
    assert.ok(reached <= LINES, `the first equation is on line ${reached} (${diagnosticLines} lines of ${here.length} diagnostics, then ${firstEquation + 1} of the hover)`);
  });
});
