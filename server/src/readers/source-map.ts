import type { Locale } from '../core/findings';

/** Where a piece of extracted text came from in the original file. */
export type SourcePlace =
  | { readonly kind: 'page'; readonly page: number; readonly line: number }
  | { readonly kind: 'cell'; readonly table: number; readonly row: number; readonly cell: number; readonly page?: number }
  | { readonly kind: 'paragraph'; readonly paragraph: number };

/** Extracted text offsets → places in the original: each entry holds from its start to the next one's. */
export class SourceMap {
  constructor(private readonly starts: readonly number[], private readonly places: readonly SourcePlace[]) {}

  /** The place of the text at `offset`, or undefined before the first mapped piece. */
  placeAt(offset: number): SourcePlace | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found < 0 ? undefined : this.places[found];
  }

  get size(): number {
    return this.starts.length;
  }

  /** Plain data, to keep (`check --cache`) and rebuild with `new SourceMap(starts, places)`. */
  toData(): { readonly starts: readonly number[]; readonly places: readonly SourcePlace[] } {
    return { starts: this.starts, places: this.places };
  }
}

/** Builds extracted text piece by piece, remembering where each piece came from. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly places: SourcePlace[] = [];
  private length = 0;

  add(text: string, place?: SourcePlace): void {
    if (place && text.length > 0) {
      if (this.starts[this.starts.length - 1] === this.length) { this.places[this.places.length - 1] = place; } else {
        this.starts.push(this.length);
        this.places.push(place);
      }
    }
    if (text.length === 0) return;
    this.parts.push(text);
    this.length += text.length;
  }

  line(text: string, place?: SourcePlace): void {
    this.add(text, place);
    this.add('\n');
  }

  /** One empty line between blocks (none at the very start, never two). */
  blank(): void {
    if (this.length === 0) return;
    const last = this.parts[this.parts.length - 1]!;
    const before = this.parts[this.parts.length - 2] ?? '';
    const tail = (before + last).slice(-2);
    if (tail !== '\n\n') this.add(tail.endsWith('\n') ? '\n' : '\n\n');
  }

  result(): { text: string; map: SourceMap } {
    return { text: this.parts.join(''), map: new SourceMap(this.starts, this.places) };
  }
}

/** A place as a reader of the original finds it: `第3页第12行`, `表格2第5行第3格`, `第12段`. */
export function formatPlace(place: SourcePlace, locale: Locale): string {
  const en = locale === 'en';
  switch (place.kind) {
    case 'page':
      return en ? `page ${place.page} line ${place.line}` : `第${place.page}页第${place.line}行`;
    case 'cell': {
      const page = place.page === undefined ? '' : en ? `page ${place.page} ` : `第${place.page}页`;
      return en ? `${page}table ${place.table} row ${place.row} cell ${place.cell}` : `${page}表格${place.table}第${place.row}行第${place.cell}格`;
    }
    case 'paragraph':
      return en ? `paragraph ${place.paragraph}` : `第${place.paragraph}段`;
  }
}
