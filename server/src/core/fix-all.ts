import type { Finding, TextEdit } from './findings';

const clash = (a: TextEdit, b: TextEdit): boolean =>
  (a.span.start < b.span.end && b.span.start < a.span.end) || (a.span.start === b.span.start && a.span.end === b.span.end);

/** `source.fixAll`: the first safe fix of each finding whose edits clash with no edit taken before, in order. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      if (!fix.safe || fix.edits.length === 0) continue;
      if (fix.edits.some((e) => taken.some((t) => clash(e, t)))) continue;
      taken.push(...fix.edits);
      break;
    }
  }
  return taken.sort((a, b) => a.span.start - b.span.start);
}

/** Applies non-overlapping edits by offset. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}
