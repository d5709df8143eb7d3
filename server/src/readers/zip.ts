import { unzipSync } from 'fflate';

/** Largest unpacked part read from an archive: far above any report, far below what a zip bomb unpacks to. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/** Zip archives start with a local file header. */
export const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The named parts of a zip archive (others are never unpacked), as text. A part bigger than the limit
 * when unpacked throws, as does a damaged archive.
 */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (!wanted(f.name)) return false;
      if (f.originalSize > MAX_PART_BYTES) throw new Error(`${f.name}: ${f.originalSize} bytes unpacked`);
      return true;
    },
  });
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}
