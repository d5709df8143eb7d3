import { linkKey, predecessorKey, type Link } from '../core/predecessor';

/** What the index remembers of a file on disk: enough to find it again, not its text. */
export interface DiskEntry {
  readonly link: Link | undefined;
  /** Size and modification time when it was read. */
  readonly stamp: string;
  /** The language id the editor would give it (by its name). */
  readonly languageId: string;
  /** Whether the core's `looksLikeReport` holds for it. */
  readonly looksLike: boolean;
}

/** A predecessor found: where it is and which state of it (open version or disk stamp). */
export interface Hit {
  readonly uri: string;
  readonly source: 'open' | 'disk';
  readonly stamp: string;
}

function addTo(map: Map<string, Set<string>>, key: string, uri: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uri);
}

function removeFrom(map: Map<string, Set<string>>, key: string, uri: string): void {
  const set = map.get(key);
  set?.delete(uri);
  if (set?.size === 0) map.delete(key);
}

const sameLink = (a: Link | undefined, b: Link | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.agency === b.agency && a.year === b.year);

/** The lowest URI of a set that passes: when several files claim one agency and year, the choice does not depend on event order. */
function first(uris: Set<string> | undefined, accept: (uri: string) => boolean): string | undefined {
  let best: string | undefined;
  for (const uri of uris ?? []) if (accept(uri) && (best === undefined || uri < best)) best = uri;
  return best;
}

/**
 * Agency + year → the reports of the workspace: open documents (their checked version) and files
 * on disk (by stamp). An open document stands for its file. URIs are canonical (see canonicalUri).
 */
export class ReportIndex {
  private readonly open = new Map<string, { link: Link | undefined; stamp: string }>();
  private readonly disk = new Map<string, DiskEntry>();
  private readonly openByKey = new Map<string, Set<string>>();
  private readonly diskByKey = new Map<string, Set<string>>();

  /** Returns whether anything a lookup sees changed. */
  setOpen(uri: string, link: Link | undefined, stamp: string): boolean {
    const old = this.open.get(uri);
    if (old && old.stamp === stamp && sameLink(old.link, link)) return false;
    if (old?.link) removeFrom(this.openByKey, linkKey(old.link), uri);
    this.open.set(uri, { link, stamp });
    if (link) addTo(this.openByKey, linkKey(link), uri);
    return old !== undefined || link !== undefined || this.disk.get(uri)?.link !== undefined;
  }

  removeOpen(uri: string): boolean {
    const old = this.open.get(uri);
    if (!old) return false;
    if (old.link) removeFrom(this.openByKey, linkKey(old.link), uri);
    this.open.delete(uri);
    return old.link !== undefined || this.disk.get(uri)?.link !== undefined;
  }

  diskEntry(uri: string): DiskEntry | undefined {
    return this.disk.get(uri);
  }

  diskUris(): string[] {
    return [...this.disk.keys()];
  }

  setDisk(uri: string, entry: DiskEntry): boolean {
    const old = this.disk.get(uri);
    if (old && old.stamp === entry.stamp && sameLink(old.link, entry.link) && old.looksLike === entry.looksLike) return false;
    if (old?.link) removeFrom(this.diskByKey, linkKey(old.link), uri);
    this.disk.set(uri, entry);
    if (entry.link) addTo(this.diskByKey, linkKey(entry.link), uri);
    return (old?.link !== undefined || entry.link !== undefined) && !this.open.has(uri);
  }

  removeDisk(uri: string): boolean {
    const old = this.disk.get(uri);
    if (!old) return false;
    if (old.link) removeFrom(this.diskByKey, linkKey(old.link), uri);
    this.disk.delete(uri);
    return old.link !== undefined && !this.open.has(uri);
  }

  /**
   * The report of `link`'s agency for the year before, other than `self`: an open document first,
   * then a file on disk that is not open and that `acceptDisk` counts as a report.
   */
  findPrevious(link: Link, self: string, acceptDisk: (entry: DiskEntry) => boolean): Hit | undefined {
    const key = predecessorKey(link);
    const open = first(this.openByKey.get(key), (uri) => uri !== self);
    if (open !== undefined) return { uri: open, source: 'open', stamp: this.open.get(open)!.stamp };
    const disk = first(this.diskByKey.get(key), (uri) => uri !== self && !this.open.has(uri) && acceptDisk(this.disk.get(uri)!));
    return disk !== undefined ? { uri: disk, source: 'disk', stamp: this.disk.get(disk)!.stamp } : undefined;
  }
}
