// The forms of a row label the parser compares: half-width, numbering stripped. Pure functions over
// strings; the spec's own labels in these forms are built once (spec/lookup.ts).

export const NUMBERING_ONLY = /^(?:[一二三四五六七八九十]+[.、]?|\d+[.、]?|\([一二三四五六七八九十\d]+\))$/;
export const NUMBERING_HEAD = /^(?:[一二三四五六七八九十]+、|\d+\.|\([一二三四五六七八九十\d]+\))/;

/** The spec writes some cores with full-width brackets; labels are folded to half width. */
export function foldAscii(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Up to three numberings at the head (`三、（一）1.`) removed. */
export const stripNumbering = (s: string): string => {
  let out = s;
  for (let k = 0; k < 3; k++) {
    const m = NUMBERING_HEAD.exec(out);
    if (!m) break;
    out = out.slice(m[0].length);
  }
  return out;
};

/** Character bigrams with their counts (for the Dice similarity of labels). */
export function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}
