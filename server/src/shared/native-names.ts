import { existsSync, promises, readdirSync, type Dirent } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { TextDecoder } from 'node:util';

// File names that are not UTF-8: a zip made on Chinese Windows unpacks with GBK names, which Node
// reads as U+FFFD and then cannot open. The CLI shows them decoded as GB18030 and opens them by
// their bytes.

const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** A name's bytes as text: UTF-8 when valid, else GB18030 when valid, else UTF-8 with U+FFFD. */
export function nameFromBytes(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8');
  if (!utf8.includes('\uFFFD') || Buffer.from(utf8, 'utf8').equals(bytes)) return utf8;
  try {
    return gb18030.decode(bytes);
  } catch {
    return utf8;
  }
}

/** Only a path with characters beyond ASCII can name a file whose bytes are not its UTF-8 form. */
const mayBeNative = (path: string): boolean => /[^\x00-\x7f]/.test(path);

/** The entry of `dir` that `name` stands for: its lossy UTF-8 form (as Node lists it) or its readable form. */
function entryNamed(dir: Buffer, name: string): Buffer | undefined {
  let entries: Buffer[];
  try {
    entries = readdirSync(dir, { encoding: 'buffer' });
  } catch {
    return undefined;
  }
  return entries.find((e) => e.toString('utf8') === name) ?? entries.find((e) => nameFromBytes(e) === name);
}

/** Resolves a path component by component to the bytes the file system holds; undefined when some part is not there. */
function nativeBytes(path: string): Buffer | undefined {
  const absolute = resolve(path);
  const parts = absolute.split(sep).filter((p) => p !== '');
  let at = Buffer.from(isAbsolute(absolute) && sep === '/' ? '/' : parts.shift() ?? '', 'utf8');
  for (const part of parts) {
    const prefix = at.length > 0 && at[at.length - 1] !== sep.charCodeAt(0) ? Buffer.concat([at, Buffer.from(sep)]) : at;
    const plain = Buffer.concat([prefix, Buffer.from(part, 'utf8')]);
    if (existsSync(plain)) {
      at = plain;
      continue;
    }
    const entry = entryNamed(at, part);
    if (!entry) return undefined;
    at = Buffer.concat([prefix, entry]);
  }
  return at;
}

/** The bytes a path stands for when using it as spelt failed for want of the file; else the error again. */
function retryTarget(path: string, error: unknown): Buffer {
  const bytes = (error as { code?: unknown }).code === 'ENOENT' && mayBeNative(path) ? nativeBytes(path) : undefined;
  if (!bytes) throw error;
  return bytes;
}

/**
 * `use` on the path as spelt; when that finds no file, once more on the bytes of the file the path
 * stands for (a name shown decoded from GBK). A file that is there costs nothing more.
 */
export function onNativePath<T>(path: string, use: (path: string | Buffer) => T): T {
  try {
    return use(path);
  } catch (error) {
    return use(retryTarget(path, error));
  }
}

/** `onNativePath` for asynchronous use. */
export async function onNativePathAsync<T>(path: string, use: (path: string | Buffer) => Promise<T>): Promise<T> {
  try {
    return await use(path);
  } catch (error) {
    return use(retryTarget(path, error));
  }
}

/** A directory entry listed by its bytes, shown under its readable name (the entry's type kept). */
function renamed(entry: Dirent, name: string): Dirent {
  return Object.assign(Object.create(Object.getPrototypeOf(entry) as object) as Dirent, entry, { name });
}

/** The entries of a folder, with names that are not UTF-8 given their readable form instead of U+FFFD. */
function entriesOf(dir: string, listed: Dirent[]): Dirent[] {
  if (!listed.some((e) => e.name.includes('\uFFFD'))) return listed;
  try {
    // Listed with encoding 'buffer', an entry's name is its bytes.
    const entries = onNativePath(dir, (at) => readdirSync(at, { withFileTypes: true, encoding: 'buffer' } as unknown as ListOptions));
    return entries.map((e) => renamed(e, nameFromBytes(e.name as unknown as Buffer)));
  } catch {
    return listed;
  }
}

type ListOptions = { withFileTypes: true };
type Listed = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void;

/**
 * The folder walk's view of the file system (tinyglobby's `fs` option): folders are listed by their
 * bytes when a name is not UTF-8, so a walk goes into a GBK-named folder and returns readable
 * paths, which `onNativePath` opens.
 */
export const nativeNamesFs = {
  readdirSync: (dir: string, options: ListOptions): Dirent[] => entriesOf(dir, onNativePath(dir, (at) => readdirSync(at, options))),
  readdir: (dir: string, options: ListOptions, done: Listed): void => {
    onNativePathAsync(dir, (at) => promises.readdir(at, options)).then((entries) => done(null, entriesOf(dir, entries)), (error: NodeJS.ErrnoException) => done(error, []));
  },
};
