import type { Report, Span } from '../model';
import { reportingBody } from './reporting-body';
import type { Rule, RuleFinding } from './rule';
import { lineSpan, text } from './support';

interface Dated {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly span: Span;
  readonly kind: 'signed' | 'published';
}

/** `发布时间:2024-01-19 14:50:26`, `发布日期：2024年1月19日`, `成文日期 2024.01.19` — a web page's metadata line. */
const MAX_METADATA_LINE = 80;
const PUBLISHED = /(发布|公开|成文)(?:时间|日期)[ \t　]{0,3}[:：]?[ \t　]{0,3}((?:19|20)\d{2})[ \t　]{0,2}[-年./][ \t　]{0,2}(\d{1,2})[ \t　]{0,2}[-月./][ \t　]{0,2}(\d{1,2})日?/g;

function datesOf(report: Report): Dated[] {
  const dates: Dated[] = [];
  if (report.signingDate) dates.push({ ...report.signingDate, kind: 'signed' });
  for (const m of report.text.matchAll(PUBLISHED)) {
    const [month, day] = [Number(m[3]), Number(m[4])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    // A line of its own (web-page metadata), not a sentence of the prose quoting another document's date.
    const line = lineSpan(report, m.index!);
    if (line.end - line.start > MAX_METADATA_LINE) continue;
    const start = m.index! + m[0].indexOf(m[2]!, m[1]!.length);
    dates.push({ year: Number(m[2]), month, day, span: { start, end: m.index! + m[0].length }, kind: m[1] === '成文' ? 'signed' : 'published' });
  }
  return dates;
}

const ordinal = (d: { year: number; month: number; day: number }): number => d.year * 10000 + d.month * 100 + d.day;

/**
 * 第四十九条: departments of people's governments at county level and above (a 政府办公室 included)
 * publish by 31 January, a people's government's own report is published by 31 March; the 条例 sets
 * no date for 乡镇 and 街道. A date can prove lateness, never timeliness: only a date past the
 * deadline is reported.
 */
export const publicationDeadline: Rule = {
  code: 'GR408', slug: 'publication-deadline', defaultSeverity: 'warning',
  title: text('晚于法定公布时限', 'Published after the statutory deadline'),
  description: text(
    '条例第四十九条：县级以上人民政府部门（含政府办公室）应于每年1月31日前公布本部门上一年度的年度报告，县级以上人民政府的年度报告应于每年3月31日前公布。报告机关按标题中的机关名称判断；落款日期或“发布时间/发布日期”晚于时限时提示（日期只能证明晚了，不能证明按时）。乡镇、街道的年度报告条例未规定时限，见 GR414。',
    'Regulations Art. 49: departments of people’s governments at county level and above (a 政府办公室 included) publish last year’s report by 31 January; a people’s government’s own report is published by 31 March. The reporting body is read from the agency in the title; a signing date or a 发布时间/发布日期 line after the deadline is reported. A date can prove lateness, never timeliness. The Regulations set no date for townships and sub-districts (乡镇, 街道): see GR414.',
  ),
  *check({ report }): Iterable<RuleFinding> {
    if (report.year === undefined) return;
    const body = reportingBody(report);
    if (body !== 'department' && body !== 'government') return;
    const deadline = { year: report.year + 1, month: body === 'department' ? 1 : 3, day: 31 };
    const who = body === 'department'
      ? text('县级以上人民政府部门（含政府办公室）', 'a department of a people’s government at county level or above (a 政府办公室 included)')
      : text('县级以上人民政府', 'a people’s government at county level or above');
    for (const date of datesOf(report)) {
      if (ordinal(date) <= ordinal(deadline)) continue;
      const what = date.kind === 'signed' ? text('落款日期', 'signed') : text('发布日期', 'published');
      yield {
        span: date.span,
        message: text(
          `${what['zh-CN']}${date.year}年${date.month}月${date.day}日晚于法定公布时限${deadline.year}年${deadline.month}月${deadline.day}日：${who['zh-CN']}的年度报告应于每年${deadline.month}月31日前公布（条例第四十九条）。`,
          `${what.en === 'signed' ? 'Signed' : 'Published'} ${date.year}-${date.month}-${date.day}, after the statutory deadline ${deadline.year}-${deadline.month}-${deadline.day}: the report of ${who.en} is published by ${deadline.month === 1 ? '31 January' : '31 March'} (Regulations, Art. 49).`,
        ),
      };
    }
  },
};
