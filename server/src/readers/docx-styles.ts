import type { NumberingRef } from './docx-numbering';
import { child, childrenNamed, type XmlElement } from './xml';

/** The numbering of `w:numPr`, if it names a list. */
export function numPrOf(pPr: XmlElement | undefined): Partial<NumberingRef> | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = child(numPr, 'w:numId')?.attrs['w:val'];
  const ilvl = child(numPr, 'w:ilvl')?.attrs['w:val'];
  return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { level: Number(ilvl) || 0 } : {}) };
}

/** Paragraph styles' numbering (`styles.xml`), following `w:basedOn`, so a "标题 1" numbered by its style gets its number. */
export class Styles {
  private readonly styles = new Map<string, { basedOn?: string; numPr?: Partial<NumberingRef> }>();

  constructor(root: XmlElement | undefined) {
    const styles = root && child(root, 'w:styles');
    if (!styles) return;
    for (const s of childrenNamed(styles, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (id === undefined) continue;
      const basedOn = child(s, 'w:basedOn')?.attrs['w:val'];
      const numPr = numPrOf(child(s, 'w:pPr'));
      this.styles.set(id, { ...(basedOn !== undefined ? { basedOn } : {}), ...(numPr ? { numPr } : {}) });
    }
  }

  /** The list and level of a paragraph: its own `w:numPr` over its style's (level 0 unless stated). */
  numbering(pPr: XmlElement | undefined): NumberingRef | undefined {
    const own = numPrOf(pPr);
    let numId = own?.numId;
    let level = own?.level;
    const seen = new Set<string>();
    for (let id = child(pPr, 'w:pStyle')?.attrs['w:val']; id !== undefined && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const numPr = this.styles.get(id)?.numPr;
      numId ??= numPr?.numId;
      level ??= numPr?.level;
    }
    return numId === undefined ? undefined : { numId, level: level ?? 0 };
  }
}
