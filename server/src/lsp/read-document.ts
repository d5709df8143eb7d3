import type { Locale } from '../core/findings';
import { isRecord } from '../core/options';
import { documentFormatOf, isLegacyOffice } from '../readers';
import { documentTextOf, type DocumentText } from './document-files';
import { say } from './messages';
import type { ReadDocumentResult } from './protocol';
import { pathOf } from './workspace-files';

/** govReport.server.readDocument: a .docx/.pdf/.html file's report text for the read-only view, or why not (read by `read`: the server's worker thread). */
export async function readDocumentText(args: unknown, locale: Locale, read: (path: string) => Promise<DocumentText> = documentTextOf): Promise<ReadDocumentResult> {
  const path = isRecord(args) && typeof args.uri === 'string' ? pathOf(args.uri) : undefined;
  if (path === undefined) return { error: say(locale, '参数无效：需要文件的 uri', 'invalid arguments: a file uri is required') };
  if (isLegacyOffice(path)) return { error: say(locale, '旧版 Office/WPS 格式无法读取：请另存为 .docx 后再检查', 'old Office/WPS formats cannot be read: save the file as .docx') };
  if (!documentFormatOf(path)) return { error: say(locale, '只能读取 .docx、.pdf、.html 文件', 'only .docx, .pdf and .html files can be read') };
  const result = await read(path);
  if (result.ok) return { text: result.text };
  switch (result.failure) {
    case 'too-large': return { error: say(locale, '文件过大', 'the file is too large') };
    case 'unreadable': return { error: result.detail };
    case 'no-text-layer': return { error: say(locale, '此 PDF 没有文字层（扫描件）；不支持 OCR 文字识别', 'this PDF has no text layer; OCR is not supported') };
    case 'encrypted': return { error: say(locale, '此 PDF 已加密，需要密码才能打开', 'this PDF is encrypted') };
    default: return { error: say(locale, `无法读取：${result.detail}`, `cannot read: ${result.detail}`) };
  }
}
