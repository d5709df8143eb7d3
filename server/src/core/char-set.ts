/**
 * A set of UTF-16 code units tested by one table lookup. Scans that test every character of a report
 * use it: a Set<number> (hashing) or a search in a string costs about ten times more per character.
 */
export class CharSet {
  private readonly table: Uint8Array;

  constructor(chars: string) {
    let max = 0;
    for (let i = 0; i < chars.length; i++) max = Math.max(max, chars.charCodeAt(i));
    this.table = new Uint8Array(max + 1);
    for (let i = 0; i < chars.length; i++) this.table[chars.charCodeAt(i)] = 1;
  }

  has(code: number): boolean {
    return code < this.table.length && this.table[code] === 1;
  }
}
