import { formatCounter } from './docx-number-formats';
import { child, childrenNamed, type XmlElement } from './xml';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly suffix: string;
}

/** A paragraph's numbering reference: `w:numPr` of the paragraph or of its style. */
export interface NumberingRef {
  readonly numId: string;
  readonly level: number;
}

const attr = (e: XmlElement | undefined, name = 'w:val'): string | undefined => e?.attrs[name];

function readLevel(lvl: XmlElement): Level {
  const suff = attr(child(lvl, 'w:suff')) ?? 'tab';
  return {
    start: Number(attr(child(lvl, 'w:start')) ?? '1') || 0,
    format: attr(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: attr(child(lvl, 'w:lvlText')) ?? '',
    // A tab after the number is layout, not text: the heading reads "一、总体情况".
    suffix: suff === 'space' ? ' ' : '',
  };
}

/**
 * Word's automatic numbering (`numbering.xml`): counts paragraphs per list and level, in document
 * order, and gives the text Word shows before each ("一、", "（二）", "1.").
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; overrides: Map<number, { start?: number; level?: Level }> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlElement | undefined) {
    const numbering = root && child(root, 'w:numbering');
    if (!numbering) return;
    for (const a of childrenNamed(numbering, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childrenNamed(a, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? '0'), readLevel(lvl));
      this.abstracts.set(attr(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const n of childrenNamed(numbering, 'w:num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const start = attr(child(o, 'w:startOverride'));
        const lvl = child(o, 'w:lvl');
        overrides.set(Number(attr(o, 'w:ilvl') ?? '0'), { ...(start !== undefined ? { start: Number(start) } : {}), ...(lvl ? { level: readLevel(lvl) } : {}) });
      }
      this.nums.set(attr(n, 'w:numId') ?? '', { abstract: attr(child(n, 'w:abstractNumId')) ?? '', overrides });
    }
  }

  private level(numId: string, ilvl: number): Level | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const override = num.overrides.get(ilvl);
    const base = override?.level ?? this.abstracts.get(num.abstract)?.get(ilvl);
    return base && override?.start !== undefined ? { ...base, start: override.start } : base;
  }

  /** The number text of the next paragraph in list `ref` (advancing its counter), or '' when none. */
  next(ref: NumberingRef): string {
    if (ref.numId === '0') return '';
    const level = this.level(ref.numId, ref.level);
    if (!level) return '';
    const key = this.nums.get(ref.numId)!.abstract;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    counts[ref.level] = counts[ref.level] === undefined ? level.start : counts[ref.level]! + 1;
    counts.length = ref.level + 1; // deeper levels restart under a new item
    if (level.format === 'bullet') return '';
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = this.level(ref.numId, i);
      const value = counts[i] ?? l?.start ?? 1;
      return formatCounter(value, i === ref.level ? level.format : l?.format ?? 'decimal');
    });
    return text + level.suffix;
  }
}
