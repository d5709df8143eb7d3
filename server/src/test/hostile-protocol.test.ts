import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  CodeActionRequest, CodeLensRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  DocumentSymbolRequest, ExecuteCommandRequest, FoldingRangeRequest, HoverRequest, InlayHintRequest,
} from 'vscode-languageserver/node';
import { REPO_ROOT } from '../fuzz/corpus';
import { Random } from '../fuzz/random';
import { Harness, seedText } from './lsp/harness';

/**
 * A client that sends nonsense — positions past the end or negative, ranges backwards, changes to
 * documents never opened, versions out of order, wrong types, unknown commands with garbage
 * arguments — must not take the server down: after all of it, it still checks a report.
 */
const SEED = '002_a396c34b029e10e9.txt';

const positions = (rng: Random): unknown => rng.pick([
  { line: 0, character: 0 }, { line: -1, character: -5 }, { line: 1e9, character: 1e9 }, { line: 3, character: 1e6 },
  { line: 2.5, character: 0.5 }, { line: '3', character: '1' }, {}, null, { line: Number.MAX_SAFE_INTEGER, character: 0 },
]);

const ranges = (rng: Random): unknown => rng.pick([
  { start: positions(rng), end: positions(rng) }, { start: { line: 5, character: 0 }, end: { line: 1, character: 0 } }, null, {}, 'range',
]);

describe('a hostile client', () => {
  it('nonsense requests and notifications: the server answers or refuses, and keeps checking', async () => {
    const harness = await Harness.start({ settings: { debounce: 0 }, spawnServer: join(REPO_ROOT, 'dist', 'server.js') });
    try {
      const uri = 'file:///hostile/protocol.report.md';
      const text = seedText(SEED);
      await harness.open(uri, text);
      const rng = new Random(5);
      const uris = [uri, 'file:///never/opened.md', 'untitled:x', '', 'not a uri', 'file:///hostile/protocol.report.md#x'];
      for (let i = 0; i < 300; i++) {
        const target = rng.pick(uris);
        const textDocument = rng.chance(0.9) ? { uri: target } : rng.pick([null, {}, { uri: 5 }]);
        const kind = rng.int(12);
        const send = async (): Promise<unknown> => {
          switch (kind) {
            case 0: return harness.client.sendRequest(HoverRequest.type, { textDocument, position: positions(rng) } as never);
            case 1: return harness.client.sendRequest(CodeActionRequest.type, { textDocument, range: ranges(rng), context: rng.pick([{ diagnostics: [] }, {}, { diagnostics: [{ code: 'GR301', range: ranges(rng), message: 5 }] }]) } as never);
            case 2: return harness.client.sendRequest(DocumentSymbolRequest.type, { textDocument } as never);
            case 3: return harness.client.sendRequest(FoldingRangeRequest.type, { textDocument } as never);
            case 4: return harness.client.sendRequest(CodeLensRequest.type, { textDocument } as never);
            case 5: return harness.client.sendRequest(InlayHintRequest.type, { textDocument, range: ranges(rng) } as never);
            case 6: return harness.client.sendRequest(ExecuteCommandRequest.type, {
              command: rng.pick(['govReport.server.insertTemplate', 'govReport.server.newReport', 'govReport.server.checkFiles', 'govReport.server.templateChoices', 'no.such.command']),
              arguments: rng.pick([[], [null], [{ uri: target, position: positions(rng), choice: rng.pick(['s2', 's9', 5]) }], [{ files: [{ uri: 'file:///etc/passwd' }, 5, null] }], ['x', 1, {}], [{ year: 'x', agency: 5 }]]),
            } as never);
            case 7: return harness.client.sendNotification(DidChangeTextDocumentNotification.type, {
              textDocument: { uri: target, version: rng.pick([1, 0, -1, 1e9, 2]) }, contentChanges: [{ range: ranges(rng), text: rng.pick(['x', '', '\r\n', '\ud800', 5]) }],
            } as never);
            case 8: return harness.client.sendNotification(DidOpenTextDocumentNotification.type, {
              textDocument: { uri: rng.pick(['file:///hostile/other.md', target]), languageId: rng.pick(['gov-report', 'markdown', 5, '']), version: rng.pick([1, 'x', -1]), text: rng.pick(['', text, 5, null, '\0\0']) },
            } as never);
            case 9: return harness.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument } as never);
            case 10: return harness.client.sendRequest('textDocument/diagnostic', { textDocument, previousResultId: rng.pick([undefined, 'x', 5]) });
            default: return harness.client.sendRequest('govReport/unknown', { x: 1 });
          }
        };
        try {
          await send();
        } catch {
          // A refusal (ResponseError) is an answer; what matters is that the server stays up.
        }
      }
      // Still alive and still checking: a fresh document gets its diagnostics.
      const fresh = 'file:///hostile/after.report.md';
      const published = await harness.open(fresh, text);
      assert.ok(published.diagnostics.length >= 0);
      const hover = await harness.client.sendRequest(HoverRequest.type, { textDocument: { uri: fresh }, position: { line: 0, character: 0 } });
      assert.ok(hover === null || typeof hover === 'object');
    } finally {
      await harness.dispose();
    }
  });
});
