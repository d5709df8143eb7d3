import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Span, Table } from '../core/model';
import { isOutdated, TABLE_NAMES } from '../core/rules/support';
import { EDITION_NAMES, tableSpec } from '../core/spec';
import { toRange } from './convert';
import type { Analysis } from './documents';
import { editionLabel } from './messages';

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

function tableSymbol(analysis: Analysis, table: Table): DocumentSymbol {
  const locale = analysis.settings.locale;
  const range = toRange(analysis, table.span);
  return {
    name: `${TABLE_NAMES[table.id][locale]} ${tableSpec(table.id, table.edition).title}`,
    detail: editionLabel(locale, EDITION_NAMES[table.edition].short[locale], isOutdated(analysis.result.report, table)),
    kind: SymbolKind.Struct,
    range,
    selectionRange: { start: range.start, end: range.start },
  };
}

/** The six sections in document order, each with the table it holds; tables outside any section at top level. */
export function documentSymbols(analysis: Analysis | undefined): DocumentSymbol[] {
  if (!analysis) return [];
  const { report } = analysis.result;
  const tables = Object.values(report.tables).filter((t): t is Table => t !== undefined);
  const placed = new Set<Table>();
  const symbols: DocumentSymbol[] = report.sections.map((section) => {
    const children = tables.filter((t) => !placed.has(t) && inside(t.span, section.span));
    children.forEach((t) => placed.add(t));
    const heading = section.heading;
    return {
      name: `${heading.numbering}${heading.title}`.trim() || heading.title,
      kind: SymbolKind.Namespace,
      range: toRange(analysis, section.span),
      selectionRange: toRange(analysis, heading.span),
      children: children.map((t) => tableSymbol(analysis, t)),
    };
  });
  for (const t of tables) if (!placed.has(t)) symbols.push(tableSymbol(analysis, t));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** For clients without hierarchical symbols. */
export function flatSymbols(analysis: Analysis | undefined): SymbolInformation[] {
  if (!analysis) return [];
  const out: SymbolInformation[] = [];
  const walk = (symbols: readonly DocumentSymbol[], container?: string): void => {
    for (const s of symbols) {
      out.push({ name: s.name, kind: s.kind, location: { uri: analysis.uri, range: s.range }, ...(container ? { containerName: container } : {}) });
      walk(s.children ?? [], s.name);
    }
  };
  walk(documentSymbols(analysis));
  return out;
}
