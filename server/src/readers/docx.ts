import { Numbering } from './docx-numbering';
import { collectRuns, type ParagraphContent } from './docx-runs';
import { Styles } from './docx-styles';
import { tableGrid } from './docx-tables';
import { joinLines, writePipeTable } from './pipe-table';
import { TextBuilder } from './source-map';
import type { ReadDocument } from './types';
import { child, elementsOf, parseXml, type XmlElement } from './xml';
import { readZipParts } from './zip';

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

class DocxWriter {
  readonly out = new TextBuilder();
  private paragraphs = 0;
  private tables = 0;

  constructor(private readonly numbering: Numbering, private readonly styles: Styles) {}

  /** A paragraph's shown text with its automatic number ("一、" is not in the runs), and its text boxes. */
  paragraph(p: XmlElement): ParagraphContent {
    const pPr = child(p, 'w:pPr');
    const ref = this.styles.numbering(pPr);
    const content: ParagraphContent = { text: '', boxes: [] };
    collectRuns(p, content);
    if (ref) content.text = this.numbering.next(ref) + content.text;
    return content;
  }

  /** Body-level blocks in order: paragraphs as lines, tables as pipe tables. */
  blocks(container: XmlElement): void {
    for (const e of elementsOf(container)) {
      if (e.name === 'w:p') this.writeParagraph(e);
      else if (e.name === 'w:tbl') this.writeTable(e);
      else if (e.name === 'w:sdt') this.blocks(child(e, 'w:sdtContent') ?? e);
      else if (e.name === 'w:customXml' || e.name === 'w:ins' || e.name === 'w:moveTo') this.blocks(e);
    }
  }

  private writeParagraph(p: XmlElement): void {
    const { text, boxes } = this.paragraph(p);
    if (text.trim() !== '') {
      this.paragraphs++;
      const place = { kind: 'paragraph', paragraph: this.paragraphs } as const;
      for (const line of text.split('\n')) this.out.line(line.replace(/\s+$/, ''), place);
    }
    for (const box of boxes) this.blocks(box);
  }

  private writeTable(tbl: XmlElement): void {
    this.tables++;
    const rows = tableGrid(tbl, this.tables, (tc) => this.cellText(tc));
    this.out.blank();
    writePipeTable(rows, this.out);
    this.out.blank();
  }

  /** A cell's paragraphs (and nested tables' text) joined into one line. */
  private cellText(tc: XmlElement): string {
    const lines: string[] = [];
    const walk = (e: XmlElement): void => {
      for (const c of elementsOf(e)) {
        if (c.name === 'w:p') {
          const { text, boxes } = this.paragraph(c);
          lines.push(...text.split('\n'));
          boxes.forEach(walk);
        } else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc' || c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') walk(c);
      }
    };
    walk(tc);
    return joinLines(lines);
  }
}

/**
 * A Word (.docx, also as WPS writes it) file → the report's text: paragraphs with Word's automatic
 * numbers, tables as pipe tables with merged cells resolved, tracked insertions kept and deletions
 * dropped, hidden text left out, text boxes after their paragraph. Macros and embedded objects are never read.
 */
export function readDocx(bytes: Uint8Array): ReadDocument {
  const parts = readZipParts(bytes, (name) => PARTS.includes(name));
  const document = parts.get('word/document.xml');
  if (document === undefined) throw new Error('word/document.xml missing');
  const xml = (name: string): XmlElement | undefined => {
    const text = parts.get(name);
    return text === undefined ? undefined : parseXml(text);
  };
  const writer = new DocxWriter(new Numbering(xml('word/numbering.xml')), new Styles(xml('word/styles.xml')));
  const body = child(child(parseXml(document), 'w:document'), 'w:body');
  if (body) writer.blocks(body);
  return { format: 'docx', ...writer.out.result() };
}
