import type { Rule } from './rule';
import { firstLineOf, TABLE_NAMES, text } from './support';

export const ambiguousLayout: Rule = {
  code: 'GR109', slug: 'ambiguous-layout', defaultSeverity: 'warning',
  title: text('单元格对应关系不明确', 'Ambiguous cells'),
  description: text(
    '文本无法确定数字属于哪个单元格（如数字连写在一起且合计关系不能唯一确定），检查器不作猜测，请用分隔符分开各单元格。',
    'The text does not tell which number belongs to which cell (digits run together and the sums allow several readings); the checker does not guess — separate the cells.',
  ),
  *check({ report }) {
    for (const table of Object.values(report.tables)) {
      if (!table) continue;
      for (const a of table.ambiguities) {
        const name = TABLE_NAMES[table.id];
        const readings = a.searchStopped
          ? text(`读法过多（已试${a.readings > 0 ? `出至少${a.readings}种相符` : '的读法中没有唯一相符'}）`, `too many readings to tell (${a.readings} found balancing before the search stopped)`)
          : a.readings === 0
            ? text('的任何一种拆分都不能使合计相符', 'balances the sums in no reading of its cells')
            : text(`可对应${a.readings}种单元格读法`, `allows ${a.readings} readings of its cells`);
        yield {
          span: firstLineOf(report, a.span),
          message: text(
            `${name['zh-CN']}中“${a.text}”${readings['zh-CN']}，无法确定，相关单元格未参与核对。`,
            `In ${name.en}, “${a.text}” ${readings.en}; those cells are left out of the checks.`,
          ),
          cells: a.keys,
        };
      }
    }
  },
};
