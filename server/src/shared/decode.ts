import { Buffer, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

/** How a file's bytes were turned into text. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'utf-8-lossy';

export type Decoded = { readonly text: string; readonly encoding: Encoding } | { readonly binary: true };

const decoder = (label: string, fatal: boolean): TextDecoder => new TextDecoder(label, { fatal, ignoreBOM: true });
const decoders = {
  utf8Lossy: decoder('utf-8', false),
  utf16le: decoder('utf-16le', false),
  utf16be: decoder('utf-16be', false),
  gb18030: decoder('gb18030', true),
};

function attempt(d: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return d.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Bytes → text. A BOM decides (UTF-8, UTF-16 LE/BE) and is dropped, as editors do, so offsets agree
 * with the editor's. Without one: NUL bytes mean binary; valid UTF-8 is UTF-8; otherwise GB18030
 * (a superset of GBK, the usual encoding of reports saved on Chinese Windows machines).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decoders.utf8Lossy.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decoders.utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decoders.utf16be.decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) return { binary: true };
  // Native validation, then native decoding: several times faster than a fatal TextDecoder.
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  const gb = attempt(decoders.gb18030, bytes);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  return { text: decoders.utf8Lossy.decode(bytes), encoding: 'utf-8-lossy' };
}

/** How the note names an encoding. */
export const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030/GBK',
  'utf-8-lossy': 'UTF-8',
};
