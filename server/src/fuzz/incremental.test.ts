import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { Harness } from '../test/lsp/harness';
import { loadCorpus } from './corpus';
import { EditorModel, nextEdit } from './edits';
import { Random } from './random';

const SESSIONS = 24;
const EDITS_PER_SESSION = 14;

/**
 * A document's diagnostics as comparable lines: its own URI and the version stamp in `data` taken out
 * (they differ between two documents by design), everything else kept.
 */
const normalise = (diagnostics: readonly Diagnostic[], uri: string): string[] =>
  diagnostics.map((d) => {
    const data = typeof d.data === 'object' && d.data !== null ? { ...(d.data as Record<string, unknown>), version: undefined } : d.data;
    return JSON.stringify({ ...d, data }).split(JSON.stringify(uri).slice(1, -1)).join('<uri>');
  });

describe('incremental edits give exactly the diagnostics of a fresh open', () => {
  const corpus = loadCorpus();
  let harness: Harness;
  before(async () => { harness = await Harness.start({ settings: { debounce: 0, detect: 'always' } }); });
  after(async () => { await harness.dispose(); });

  const freshOpen = async (text: string, name: string): Promise<PublishDiagnosticsParams> => {
    const uri = `file:///fresh/${name}.report.md`;
    const published = await harness.open(uri, text);
    await harness.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return published;
  };

  for (let session = 0; session < SESSIONS; session++) {
    const rng = Random.forCase(20261122, session);
    const base = corpus[session % corpus.length]!;
    it(`session ${session} on ${base.name}: every version checked as it is sent`, async () => {
      const uri = `file:///edited/${session}.report.md`;
      const model = new EditorModel(uri, base.text);
      await harness.open(uri, base.text);
      const names: string[] = [];
      let last: PublishDiagnosticsParams | undefined;
      for (let i = 0; i < EDITS_PER_SESSION; i++) {
        const step = nextEdit(model, rng, corpus);
        names.push(step.name);
        last = await harness.change(uri, model.version, step.changes);
      }
      const fresh = await freshOpen(model.text, `s${session}`);
      assert.deepEqual(normalise(last!.diagnostics, uri), normalise(fresh.diagnostics, `file:///fresh/s${session}.report.md`),
        `after ${names.join(' → ')}, the edited document's diagnostics equal a fresh open of its text`);
      await harness.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    });
  }

  it('edits then as many undos: the text is the original again and so are its diagnostics', async () => {
    for (let session = 0; session < 4; session++) {
      const rng = Random.forCase(31, session);
      const base = corpus[(session * 3 + 1) % corpus.length]!;
      const uri = `file:///undo/${session}.report.md`;
      const model = new EditorModel(uri, base.text);
      const opened = await harness.open(uri, base.text);
      let steps = 0;
      for (let i = 0; i < 10; i++) {
        const step = nextEdit(model, rng, corpus);
        if (step.name === 'undo') steps--;
        else steps++;
        await harness.change(uri, model.version, step.changes);
      }
      let last: PublishDiagnosticsParams | undefined;
      for (let undo = model.popUndo(); undo; undo = model.popUndo()) {
        model.apply(undo, false);
        last = await harness.change(uri, model.version, undo);
        steps--;
      }
      assert.equal(steps, 0);
      assert.equal(model.text, base.text, 'the undos restore the text exactly');
      if (last) assert.deepEqual(normalise(last.diagnostics, uri), normalise(opened.diagnostics, uri));
      await harness.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }
  });

  it('a burst of changes sent without waiting (debounced) ends with the diagnostics of a fresh open', async () => {
    const burst = await Harness.start({ settings: { debounce: 30, detect: 'always' } });
    try {
      for (let session = 0; session < 6; session++) {
        const rng = Random.forCase(7, session);
        const base = corpus[(session * 5 + 2) % corpus.length]!;
        const uri = `file:///burst/${session}.report.md`;
        const model = new EditorModel(uri, base.text);
        await burst.open(uri, base.text);
        for (let i = 0; i < 20; i++) {
          const step = nextEdit(model, rng, corpus);
          await burst.client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: model.version }, contentChanges: step.changes });
        }
        const final = await burst.diagnostics.next((p) => p.uri === uri && p.version === model.version, `diagnostics of ${uri} v${model.version}`);
        const freshUri = `file:///burst/fresh-${session}.report.md`;
        const fresh = await burst.open(freshUri, model.text);
        assert.deepEqual(normalise(final.diagnostics, uri), normalise(fresh.diagnostics, freshUri));
      }
    } finally {
      await burst.dispose();
    }
  });
});
