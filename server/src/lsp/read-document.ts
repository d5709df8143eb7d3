import { readFile } from 'node:fs/promises';
import type { Locale } from '../core/findings';
import { isRecord } from '../core/options';
import { documentFormatOf, isLegacyOffice, readDocument } from '../readers';
import { say } from './messages';
import type { ReadDocumentResult } from './protocol';
import { MAX_FILE_BYTES, pathOf } from './workspace-files';

/** Largest .docx/.pdf/.html file read (they carry images and fonts besides the report's text). */
const MAX_DOCUMENT_BYTES = 8 * MAX_FILE_BYTES;

/** govReport.server.readDocument: a .docx/.pdf/.html file's report text for the read-only view, or why not. */
export async function readDocumentText(args: unknown, locale: Locale): Promise<ReadDocumentResult> {
  const path = isRecord(args) && typeof args.uri === 'string' ? pathOf(args.uri) : undefined;
  if (path === undefined) return { error: say(locale, '参数无效：需要文件的 uri', 'invalid arguments: a file uri is required') };
  if (isLegacyOffice(path)) return { error: say(locale, '旧版 Office/WPS 格式无法读取：请另存为 .docx 后再检查', 'old Office/WPS formats cannot be read: save the file as .docx') };
  const format = documentFormatOf(path);
  if (!format) return { error: say(locale, '只能读取 .docx、.pdf、.html 文件', 'only .docx, .pdf and .html files can be read') };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { error: String((e as Error).message ?? e) };
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) return { error: say(locale, '文件过大', 'the file is too large') };
  const read = await readDocument(bytes, format);
  if (read.ok) return { text: read.document.text };
  return {
    error: read.failure === 'no-text-layer' ? say(locale, '此 PDF 没有文字层（扫描件）；不支持 OCR 文字识别', 'this PDF has no text layer; OCR is not supported')
      : read.failure === 'encrypted' ? say(locale, '此 PDF 已加密，需要密码才能打开', 'this PDF is encrypted')
        : say(locale, `无法读取：${read.detail}`, `cannot read: ${read.detail}`),
  };
}
