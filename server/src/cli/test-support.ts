// Helpers for the CLI tests (not part of the CLI).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import { runCli } from './run';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const SEEDS_DIR = join(ROOT, 'test-fixtures', 'seeds');
export const SEEDS = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort();
export const seedText = (name: string): string => readFileSync(join(SEEDS_DIR, name), 'utf8');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process with captured streams. */
export async function cli(argv: readonly string[], options: { env?: Record<string, string>; workers?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    cwd: process.cwd(),
    env: options.env ?? {},
    ...(options.workers ? { workerScript: join(__dirname, 'main.js') } : {}),
  });
  return { code, stdout, stderr };
}

export function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * Text → GBK bytes. Node has no GBK encoder; the table is the inverse of the WHATWG GBK decoder
 * (every two-byte sequence decoded once). Tests also pin a few code points by their known bytes.
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const c = decoder.decode(Uint8Array.of(lead, trail));
        if (c.length === 1 && c !== '\ufffd' && !gbkTable.has(c)) gbkTable.set(c, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(c);
      if (!pair) throw new Error(`not in GBK: ${c}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}
