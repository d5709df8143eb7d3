/**
 * Hover markdown → terminal text: emphasis, heading marks, links and escapes removed; code spans
 * keep their content verbatim (cell keys hold underscores).
 */
export function markdownToPlain(markdown: string): string {
  return markdown
    .split(/\r\n|\r|\n/)
    .map((line) => {
      if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) return '────────';
      const parts = line.replace(/^\s{0,3}#{1,6}\s+/, '').split(/(`+[^`]*`+)/);
      return parts.map((part, i) => (i % 2 === 1
        ? part.replace(/^`+\s?|\s?`+$/g, '')
        : part
          .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
          .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*/g, '$1$2')
          .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'))).join('');
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
