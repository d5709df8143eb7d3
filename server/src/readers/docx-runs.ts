import { child, type XmlElement } from './xml';

/** Elements inside a paragraph whose content is shown: insertions kept, links, fields, content controls. */
const SHOWN_CONTAINERS = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:bdo', 'w:dir', 'w:r', 'mc:AlternateContent', 'mc:Choice', 'w:drawing', 'w:pict', 'w:object', 'wp:inline', 'wp:anchor', 'a:graphic', 'a:graphicData', 'wps:wsp', 'wps:txbx', 'wpg:wgp', 'wpg:grpSp', 'v:shape', 'v:rect', 'v:group', 'v:roundrect', 'v:textbox']);

const isOn = (e: XmlElement | undefined): boolean => e !== undefined && !['0', 'false', 'off'].includes(e.attrs['w:val'] ?? 'true');

/** Hidden text (`w:vanish`) is left out, as Word leaves it out of the printed page. */
export const isHidden = (rPr: XmlElement | undefined): boolean => isOn(child(rPr, 'w:vanish'));

/** What a paragraph shows: its text (line breaks as \n) and the text boxes anchored in it. */
export interface ParagraphContent {
  text: string;
  readonly boxes: XmlElement[];
}

/** Collects the shown text of a paragraph's runs; deleted text (`w:del`, `w:delText`) never enters. */
export function collectRuns(e: XmlElement, out: ParagraphContent, hidden = false): void {
  for (const c of e.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t':
        if (!hidden) out.text += c.children.filter((x): x is string => typeof x === 'string').join('');
        break;
      case 'w:tab':
      case 'w:ptab':
        if (!hidden) out.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (!hidden) out.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (!hidden) out.text += '-';
        break;
      case 'w:txbxContent':
        out.boxes.push(c);
        break;
      case 'mc:AlternateContent': {
        // Word writes a text box twice (drawing and VML fallback): the first choice only.
        const first = c.children.find((x): x is XmlElement => typeof x !== 'string' && (x.name === 'mc:Choice' || x.name === 'mc:Fallback'));
        if (first) collectRuns(first, out, hidden);
        break;
      }
      case 'w:r':
        collectRuns(c, out, hidden || isHidden(child(c, 'w:rPr')));
        break;
      default:
        if (SHOWN_CONTAINERS.has(c.name)) collectRuns(c, out, hidden);
    }
  }
}
