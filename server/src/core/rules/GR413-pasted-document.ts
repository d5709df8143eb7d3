import type { Span } from '../model';
import { offsetToPosition } from '../positions';
import { SECTIONS } from '../spec';
import type { Rule, RuleFinding } from './rule';
import { text } from './support';

/** A line holding only a document number: `淄政办字〔2020〕67号`, `国办发[2021]12号`, `X政发（2023）5号`. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\d{1,4}\s*号$/;
/** An addressee line: `各区县人民政府，市政府各部门，各有关单位：`. */
/** The year-and-number part of a 文号, searched for first. */
const NUMBER_CORE = /[〔[［(（【]\s{0,3}(?:19|20)\d{2}\s{0,3}[〕\]］)）】]\s{0,3}第?\d{1,4}\s{0,3}号/g;
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
    const shown = (line: Span): string | undefined =>
      line.end - line.start > MAX_LINE ? undefined : visible(report.text.slice(line.start, line.end));
    let after = -1;
    const sections = [...report.sections].sort((a, b) => a.span.start - b.span.start);
    let next = 0;
    // Document numbers are rare: find them first, then look at their lines.
    for (const m of report.text.matchAll(NUMBER_CORE)) {
      if (m.index! < after) continue;
      // Matches come in text order, sections too: one pointer walks both.
      while (next < sections.length && sections[next]!.span.end <= m.index!) next++;
      const section = sections[next];
      if (!section || m.index! < section.heading.span.end) continue;
      const i = offsetToPosition(starts, m.index!).line;
      const numberLine = lineAt(i);
      const numberText = shown(numberLine);
      if (!numberText || !DOCUMENT_NUMBER.test(numberText)) continue;
      for (let k = i + 1; k <= i + ADDRESSEE_WITHIN && k < starts.length && starts[k]! < section.span.end; k++) {
        const line = lineAt(k);
        const addressee = shown(line);
        if (!addressee || !ADDRESSEE.test(addressee) || !ADDRESSEE_WORDS.test(addressee)) continue;
        const numeral = SECTIONS[section.index - 1]!.numeral;
        const quoted = `${addressee.slice(0, 30)}${addressee.length > 30 ? '…' : ''}`;
        yield {
          // On the document number's line (one line, not the block down to the addressee); the addressee related.
          span: numberLine,
          related: [{ span: line, message: text('主送机关', 'Addressed to') }],
          message: text(
            `第${numeral}部分中夹有另一份文件（文号“${numberText}”，主送“${quoted}”），可能是误粘贴的通知或附件，请核对。`,
            `Section ${section.index} holds another document (number “${numberText}”, addressed to “${quoted}”), most likely a notice or an attachment pasted by mistake; please check.`,
          ),
        };
        after = line.end;
        break;
      }
    }
  },
};
