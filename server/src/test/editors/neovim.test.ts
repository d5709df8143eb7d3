// Another real editor: headless Neovim as the LSP client of `gov-report lsp --stdio`.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, missingTool, onPath } from './tools';

interface NvimResult {
  readonly diagnostics: readonly { code?: string | number; source?: string; line: number; message: string }[];
  readonly hover?: string;
  readonly error?: string;
}

function runNvim(seedPrefix: string, hoverLabel = ''): { status: number | null; result: NvimResult | undefined; output: string } {
  const seeds = join(ROOT, 'test-fixtures/seeds');
  const name = readdirSync(seeds).find((n) => n.startsWith(`${seedPrefix}_`) && n.endsWith('.txt'));
  assert.ok(name, `seed ${seedPrefix}`);
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-nvim-'));
  try {
    const file = join(dir, name);
    copyFileSync(join(seeds, name), file);
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'scripts/e2e/neovim-lsp.lua')}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        HOME: dir,
        XDG_CONFIG_HOME: join(dir, 'config'),
        XDG_DATA_HOME: join(dir, 'data'),
        XDG_STATE_HOME: join(dir, 'state'),
        XDG_CACHE_HOME: join(dir, 'cache'),
        GOV_REPORT_FILE: file,
        GOV_REPORT_CMD: JSON.stringify([process.execPath, join(ROOT, 'bin/gov-report.js'), 'lsp', '--stdio']),
        GOV_REPORT_HOVER_LABEL: hoverLabel,
      },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    return { status: r.status, result: line ? (JSON.parse(line) as NvimResult) : undefined, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const skip = missingTool(onPath('nvim'), 'Neovim', 'apt-get install neovim');

test('neovim: seed 000 gets one GR201 finding for its five blank cells and a hover with the row-total equation', { skip, timeout: 90_000 }, () => {
  const { status, result, output } = runNvim('000', '本年新收政府信息公开申请数量');
  assert.equal(status, 0, `nvim failed:\n${output}`);
  assert.ok(result, `no JSON from nvim:\n${output}`);
  const codes = result.diagnostics.map((d) => String(d.code));
  assert.equal(codes.filter((c) => c === 'GR201').length, 1, `codes: ${codes.join(', ')}`);
  assert.ok(result.diagnostics.every((d) => d.source === 'gov-report'));
  assert.ok(!codes.some((c) => /^GR30[1-4]$/.test(c)), 'a seed balances: no arithmetic finding');
  assert.match((result.hover ?? '').replace(/\*\*/g, ''), /77\s*=.*72.*✓/, `hover: ${result.hover}`);
});

test('neovim: seed 001 gets GR104 for the heading numbered 2、', { skip, timeout: 90_000 }, () => {
  const { status, result, output } = runNvim('001');
  assert.equal(status, 0, `nvim failed:\n${output}`);
  assert.ok(result?.diagnostics.some((d) => String(d.code) === 'GR104'), `codes: ${result?.diagnostics.map((d) => d.code).join(', ')}`);
});
