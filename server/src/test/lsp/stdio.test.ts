import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { checkReport } from '../../core/check';
import { SEED_2023 } from './fixtures';
import { Harness, REPO_ROOT, seedText, seedUri } from './harness';

const SERVER = join(REPO_ROOT, 'dist', 'server.js');

it('the bundled server over stdio: initialize, didOpen → diagnostics, shutdown and exit 0', async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js is built (npm run build)');
  const harness = await Harness.start({ spawnServer: SERVER, settings: { debounce: 0 } });
  const text = seedText(SEED_2023);
  const published = await harness.open(seedUri(SEED_2023), text);
  assert.equal(published.diagnostics.length, checkReport(text).findings.length);
  await harness.dispose();
});
