import { VIEW_SCHEME } from './protocol';

/** Encodes as VS Code's `Uri.toString()` does: only unreserved characters (and `/` in a path) stay as they are. */
function encodeLikeEditor(text: string, isPath: boolean): string {
  let out = '';
  for (const ch of text) {
    if (/^[A-Za-z0-9\-._~]$/.test(ch) || (isPath && ch === '/')) out += ch;
    else if (ch.charCodeAt(0) < 0x80) out += `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    else {
      try {
        out += encodeURIComponent(ch);
      } catch {
        out += ch; // a lone surrogate: no UTF-8 form
      }
    }
  }
  return out;
}

/** A `file:` URI's path as the editor holds it: decoded, a Windows drive letter in lower case. */
function editorPathOf(fileUri: URL): string {
  const path = decodeURIComponent(fileUri.pathname);
  return /^\/[A-Z]:/.test(path) ? `/${path[1]!.toLowerCase()}${path.slice(2)}` : path;
}

/**
 * The read-only view of a .docx/.pdf/.html file (`gov-report-view:<path>.report.md?<file URI>`),
 * spelt as the client spells the view it opens for that file (client/src/document-view.ts: `Uri.from`
 * then `toString()`), so that diagnostics published for it land on the same document.
 */
export function viewUriOf(fileUri: string): string {
  let url: URL;
  try {
    url = new URL(fileUri);
  } catch {
    return fileUri;
  }
  const path = editorPathOf(url);
  const authority = url.host === '' ? '' : encodeLikeEditor(url.host, false);
  const file = `file://${authority}${encodeLikeEditor(path, true)}`;
  return `${VIEW_SCHEME}:${encodeLikeEditor(`${path}.report.md`, true)}?${encodeLikeEditor(file, false)}`;
}

/** The file a view stands for (its `file:` URI), or undefined for any other URI. */
export function fileUriOfView(uri: string): string | undefined {
  if (!uri.startsWith(`${VIEW_SCHEME}:`)) return undefined;
  const query = uri.indexOf('?');
  if (query < 0) return undefined;
  const end = uri.indexOf('#', query);
  try {
    const file = decodeURIComponent(uri.slice(query + 1, end < 0 ? undefined : end));
    return file.startsWith('file:') ? file : undefined;
  } catch {
    return undefined;
  }
}
