import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Severity } from '../core/findings';
import type { Range } from '../core/positions';
import { RULES } from '../core/rules';
import type { CliDiagnostic, FileOutcome } from './analyze';
import { VERSION } from './version';

type Checked = Extract<FileOutcome, { status: 'checked' }>;

export interface SarifNotification {
  readonly level: 'error' | 'note';
  readonly file: string;
  readonly message: string;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF regions are 1-based; the end column is the one after the last character (UTF-16 units, see columnKind). */
const region = (r: Range): Sarif.Region => ({
  startLine: r.start.line + 1,
  startColumn: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

/** A path relative to the working directory, percent-encoded per segment; outside it, a file: URL. */
function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

/** A SARIF 2.1.0 log of one run: every rule described, one result per diagnostic, skipped files as notifications. */
export function formatSarif(files: readonly Checked[], notifications: readonly SarifNotification[], cwd: string, locale: 'zh-CN' | 'en'): string {
  const rules: Sarif.ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.code,
    name: rule.slug,
    shortDescription: { text: rule.title[locale] },
    fullDescription: { text: rule.description[locale] },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  const artifacts: Sarif.Artifact[] = files.map((f) => ({
    location: artifactUri(f.file, cwd),
    encoding: f.encoding === 'utf-8-bom' || f.encoding === 'utf-8-lossy' ? 'utf-8' : f.encoding,
    sourceLanguage: 'gov-report',
  }));

  const results: Sarif.Result[] = files.flatMap((f, index) => {
    const location = { ...artifactUri(f.file, cwd), index };
    return f.diagnostics.map((d: CliDiagnostic): Sarif.Result => {
      if (!ruleIndex.has(d.code)) {
        ruleIndex.set(d.code, rules.length);
        rules.push({ id: d.code, name: d.rule });
      }
      return {
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code)!,
        level: LEVEL[d.severity],
        message: { text: d.equation ? `${d.message} ${d.equation}` : d.message },
        // For a .docx/.pdf/.html file the region is in the text read from it; the location's message names the place in the file.
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) }, ...(d.source ? { message: { text: d.source.text } } : {}) }],
        ...(d.source ? { properties: { source: { ...d.source.place, text: d.source.text } } } : {}),
        ...(d.related?.length ? {
          relatedLocations: d.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation: r.file ? artifactUri(r.file, cwd) : location, region: region(r.range) },
          })),
        } : {}),
        ...(d.fixes?.length ? {
          fixes: d.fixes.map((x) => ({
            description: { text: x.title },
            artifactChanges: [{
              artifactLocation: location,
              replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
            }],
          })),
        } : {}),
      };
    });
  });

  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'gov-report', version: VERSION, semanticVersion: VERSION, rules } },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
      columnKind: 'utf16CodeUnits',
      artifacts,
      results,
      invocations: [{
        executionSuccessful: !notifications.some((n) => n.level === 'error'),
        toolExecutionNotifications: notifications.map((n) => ({
          level: n.level,
          message: { text: n.message },
          locations: [{ physicalLocation: { artifactLocation: artifactUri(n.file, cwd) } }],
        })),
      }],
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
