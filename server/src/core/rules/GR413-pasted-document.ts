import type { Span } from '../model';
import { SECTIONS } from '../spec';
import type { Rule, RuleFinding } from './rule';
import { text } from './support';

/** A line holding only a document number: `淄政办字〔2020〕67号`, `国办发[2021]12号`, `X政发（2023）5号`. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\d{1,4}\s*号$/;
/** An addressee line: `各区县人民政府，市政府各部门，各有关单位：`. */
const ADDRESSEE = /^[^。；;！？!?]{2,200}[：:]$/;
const ADDRESSEE_WORDS = /^各|人民政府[，、,]|各部门|各单位|各有关单位|各直属|管委会[，、,]|办事处[，、,]/;
/** How many lines after the number the addressee may come (the issuer and the document title sit between). */
const ADDRESSEE_WITHIN = 8;
const MAX_LINE = 240;

const visible = (line: string): string => line.replace(/^[\s#*>]+|[\s*]+$/g, '').replace(/\s+/g, '');

/**
 * A whole other document pasted into a section, as in a report that attaches the notice it was
 * written under: a line holding only a 文号, followed within a few lines by an addressee line.
 */
export const pastedDocument: Rule = {
  code: 'GR413', slug: 'pasted-document', defaultSeverity: 'information',
  title: text('章节中夹有另一份文件', 'Another document pasted into a section'),
  description: text(
    '章节正文中出现单独成行的文号（如“××办字〔2020〕67号”），其后几行内又有主送机关（如“各区县人民政府，市政府各部门：”）——多半是误粘贴进来的通知、附件等另一份文件。',
    'A section holding a line with only a document number (such as ××办字〔2020〕67号) followed within a few lines by an addressee line (such as 各区县人民政府，市政府各部门：) — most likely another document, a notice or an attachment, pasted in by mistake.',
  ),
  *check({ report }): Iterable<RuleFinding> {
    const starts = report.lineStarts;
    const lineAt = (i: number): Span => {
      let end = starts[i + 1] ?? report.text.length;
      while (end > starts[i]! && (report.text[end - 1] === '\n' || report.text[end - 1] === '\r')) end--;
      return { start: starts[i]!, end };
    };
    for (const section of report.sections) {
      let i = starts.findIndex((s) => s >= section.heading.span.end);
      if (i < 0) continue;
      for (; i < starts.length && starts[i]! < section.span.end; i++) {
        const number = lineAt(i);
        if (number.end - number.start > MAX_LINE) continue;
        const numberText = visible(report.text.slice(number.start, number.end));
        if (!DOCUMENT_NUMBER.test(numberText)) continue;
        for (let k = i + 1; k <= i + ADDRESSEE_WITHIN && k < starts.length && starts[k]! < section.span.end; k++) {
          const line = lineAt(k);
          if (line.end - line.start > MAX_LINE) continue;
          const addressee = visible(report.text.slice(line.start, line.end));
          if (!ADDRESSEE.test(addressee) || !ADDRESSEE_WORDS.test(addressee)) continue;
          const numeral = SECTIONS[section.index - 1]!.numeral;
          yield {
            span: { start: number.start, end: line.end },
            message: text(
              `第${numeral}部分中夹有另一份文件（文号“${numberText}”，主送“${addressee.slice(0, 30)}${addressee.length > 30 ? '…' : ''}”），可能是误粘贴的通知或附件，请核对。`,
              `Section ${section.index} holds another document (number “${numberText}”, addressed to “${addressee.slice(0, 30)}${addressee.length > 30 ? '…' : ''}”), most likely a notice or an attachment pasted by mistake; please check.`,
            ),
          };
          i = k;
          break;
        }
      }
    }
  },
};
