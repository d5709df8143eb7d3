import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from '../core/positions';
import type { CheckOptions } from '../core/options';
import { processFile, type FileOutcome } from '../cli/analyze';
import { messages } from '../cli/messages';
import { looksLikeReport } from '../core/detect';
import { parseReport } from '../core/parse';
import { explainAt } from '../cli/explain-command';
import { formatExtractCsv } from '../cli/format-csv';
import { formatCheckHtml } from '../cli/format-html';
import { formatCheckJson, formatExtractJson } from '../cli/format-json';
import { formatSarif } from '../cli/format-sarif';
import { formatTextLine } from '../cli/format-text';
import { encodeGbk } from '../cli/test-support';
import { decodeBytes } from '../shared/decode';
import type { Violation } from './invariants';
import type { Random } from './random';

type Checked = Extract<FileOutcome, { status: 'checked' }>;
type Extracted = Extract<FileOutcome, { status: 'extracted' }>;

const describeError = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The bytes a file of this text could hold: each encoding a report arrives in, sometimes damaged. */
function encode(text: string, rng: Random): { bytes: Uint8Array; encoding: string; damaged: boolean } {
  let bytes: Uint8Array;
  let encoding = rng.pick(['utf-8', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']);
  switch (encoding) {
    case 'utf-8-bom': bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]); break;
    case 'utf-16le': bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]); break;
    case 'utf-16be': bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]); break;
    case 'gb18030':
      try {
        bytes = encodeGbk(text);
      } catch {
        encoding = 'utf-8';
        bytes = Buffer.from(text, 'utf8');
      }
      break;
    default: bytes = Buffer.from(text, 'utf8');
  }
  const damaged = rng.chance(0.25) && bytes.length > 0;
  if (damaged) {
    const copy = Buffer.from(bytes);
    if (rng.chance(0.5)) for (let i = rng.range(1, 6); i > 0; i--) copy[rng.int(copy.length)] = rng.int(256);
    bytes = rng.chance(0.5) ? copy : copy.subarray(0, rng.int(copy.length));
  }
  return { bytes, encoding, damaged };
}

function checkRange(range: Range, lines: readonly string[], where: string, out: Violation[]): void {
  const ok = (p: Range['start']): boolean =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  if (!ok(range.start) || !ok(range.end) || !ordered) out.push({ invariant: 'cli-range', detail: `${where}: ${JSON.stringify(range)} outside the file's ${lines.length} lines` });
}

/**
 * The CLI's side of one case: the text written to a file in some encoding (sometimes damaged),
 * then checked, extracted and explained as `gov-report` would, every output format rendered.
 * Invariants: no internal error; the encoding round-trips; ranges inside the decoded text;
 * every format renders (JSON and SARIF parse back).
 */
export function checkCliInvariants(text: string, rng: Random, dir: string, options: CheckOptions): Violation[] {
  const out: Violation[] = [];
  const { bytes, encoding, damaged } = encode(text, rng);
  const path = join(dir, rng.chance(0.5) ? 'case.txt' : 'case.report.md');
  writeFileSync(path, bytes);
  const decoded = decodeBytes(bytes);
  if (!damaged && 'text' in decoded && !text.includes('\0') && !LONE_SURROGATE.test(text) && !text.startsWith('\ufeff') && decoded.text !== text) {
    out.push({ invariant: 'cli-decode', detail: `${encoding} text decoded as ${decoded.encoding} differs from what was written` });
  }
  const decodedText = 'text' in decoded ? decoded.text : '';
  const lines = decodedText.split(/\r\n|\r|\n/);
  const settings = { locale: options.locale, maxSize: 20 * 1024 * 1024, options };
  try {
    const checked = processFile({ command: 'check', path, found: rng.chance(0.5) }, settings);
    // A file named on the command line that is not a report is an error, and only such a file.
    const notAReport = !looksLikeReport(parseReport(decodedText));
    const failed = (o: FileOutcome): boolean => o.status === 'error' && !(notAReport && o.message === messages(options.locale).namedNotReport(path));
    if (checked.status === 'error' && failed(checked)) out.push({ invariant: 'cli-error', detail: checked.message });
    if (checked.status === 'checked') {
      for (const d of checked.diagnostics) {
        checkRange(d.range, lines, d.code, out);
        for (const r of d.related ?? []) if (!r.file) checkRange(r.range, lines, `${d.code} related`, out);
        for (const f of d.fixes ?? []) for (const e of f.edits) checkRange(e.range, lines, `${d.code} fix`, out);
      }
      const files: Checked[] = [checked];
      for (const d of checked.diagnostics) formatTextLine(checked.file, d);
      JSON.parse(formatCheckJson(files));
      JSON.parse(formatSarif(files, [], dir, options.locale));
      if (!formatCheckHtml(files, options.locale).includes('</html>')) out.push({ invariant: 'cli-format', detail: 'html report not closed' });
    }
    const extracted = processFile({ command: 'extract', path, found: false }, settings);
    if (extracted.status === 'error' && failed(extracted)) out.push({ invariant: 'cli-error', detail: extracted.message });
    if (extracted.status === 'extracted') {
      const files: Extracted[] = [extracted];
      JSON.parse(formatExtractJson(files));
      formatExtractCsv(files, options.locale);
      for (const [key, value] of Object.entries(extracted.cells)) {
        if (value !== null && !Number.isFinite(value)) out.push({ invariant: 'cli-extract', detail: `${key} = ${String(value)}` });
      }
    }
    const line = rng.range(1, Math.max(1, lines.length));
    const column = rng.range(1, Math.max(1, (lines[line - 1]?.length ?? 0) + 1));
    const explained = explainAt({ file: path, line, column, locale: options.locale, maxSize: settings.maxSize, format: rng.chance(0.5) ? 'json' : 'text' });
    if (explained.ok && explained.stdout.trimStart().startsWith('{')) JSON.parse(explained.stdout);
  } catch (error) {
    out.push({ invariant: 'cli-throws', detail: describeError(error) });
  }
  return out;
}
