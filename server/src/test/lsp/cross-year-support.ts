// Shared by the cross-year LSP tests: the fixtures, temporary workspace folders, and what each file's findings must be.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { encodeGbk } from '../../cli/test-support';
import { lineStartsOf, positionToOffset } from '../../core/positions';
import { cellOf, replaceSpan } from './fixtures';
import { REPO_ROOT } from './harness';

export const FIXTURES = join(REPO_ROOT, 'test-fixtures', 'cross-year');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

interface ExpectedFinding { readonly code: string; readonly text?: string }
export const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  scope: string[];
  findings: Record<string, ExpectedFinding[]>;
};
export const FIXTURE_NAMES = Object.keys(EXPECTED.findings);

export const temp = (): string => mkdtempSync(join(tmpdir(), 'gov-report-ws-'));
export const uriOf = (path: string): string => pathToFileURL(path).toString();

export type Encoding = 'gbk' | 'utf-16le';
export const encode = (text: string, encoding: Encoding | undefined): string | Uint8Array =>
  encoding === 'gbk' ? encodeGbk(text) : encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : text;

/** Writes files under a folder: UTF-8, or the encoding named for them. */
export function writeFolder(dir: string, files: Record<string, string>, encodings: Record<string, Encoding> = {}): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, encode(text, encodings[name]));
  }
}

/** Rewrites a file with a modification time clearly later than before (a stamp change even on coarse clocks). */
export function rewrite(path: string, bytes: string | Uint8Array): void {
  writeFileSync(path, bytes);
  const later = new Date(Date.now() + 5_000);
  utimesSync(path, later, later);
}

export const textAt = (text: string, d: Diagnostic): string => {
  const lines = lineStartsOf(text);
  return text.slice(positionToOffset(lines, d.range.start, text), positionToOffset(lines, d.range.end, text));
};

export const code = (d: Diagnostic): string => String(d.code);
export const gr404 = (p: PublishDiagnosticsParams): Diagnostic[] => p.diagnostics.filter((d) => code(d) === 'GR404');

/** The cross-report findings of one file as expected.json states them: codes, and the flagged text where given. */
export function assertScope(name: string, text: string, diagnostics: readonly Diagnostic[]): void {
  const inScope = diagnostics.filter((d) => EXPECTED.scope.includes(code(d)));
  const expected = EXPECTED.findings[name] ?? [];
  assert.deepEqual(inScope.map(code).sort(), expected.map((f) => f.code).sort(), `${name}: the cross-report findings of expected.json`);
  for (const f of expected) {
    if (f.text === undefined) continue;
    assert.ok(inScope.some((d) => code(d) === f.code && textAt(text, d) === f.text), `${name}: ${f.code} on the text ${f.text}`);
  }
}

/** Sets the 表三 四、结转下年度继续办理 cells of last year's report (natural person and total). */
export function withCarriedForward(text: string, natural: string, total: string): string {
  const cells = [cellOf(text, 's3.carry_over.total'), cellOf(text, 's3.carry_over.natural')].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const cell of cells) out = replaceSpan(out, cell.span, cell.key.endsWith('total') ? total : natural).text;
  return out;
}
