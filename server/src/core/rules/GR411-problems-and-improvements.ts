import type { Rule } from './rule';
import { SAYS_NOTHING, sectionOf, sectionProse, squeeze } from './section-prose';
import { text } from './support';

/** How reports name a problem: 问题, 不足, 短板, 差距, 有待提高, 还需加强, 不够及时… */
const PROBLEM = /问题|不足|短板|差距|薄弱|欠缺|缺乏|滞后|有待|不够|不高|不强|不到位|不及时|不完善|不规范|不平衡|不充分|不全|还需|仍需|尚需|亟需|困难/;
/** How reports name an improvement: 改进, 整改, 措施, 下一步 (下步), 今后, 我办将…, 计划… */
const IMPROVEMENT = /改进|整改|措施|下一步|下步|下阶段|下一阶段|接下来|今后|下一年|明年|来年|做好以下|(?:我|本)[\u4e00-\u9fff]{0,5}将|\d{4}年[，,]?将|将(?:进一步|继续|持续|着力|加强|加大|完善|健全|提升|提高|强化|推进|推动|优化|严格|落实|不断|切实|认真|积极|全面|深入|扎实)|计划|拟|努力|着力|加以解决|予以解决/;

export const problemsAndImprovements: Rule = {
  code: 'GR411', slug: 'problems-and-improvements', defaultSeverity: 'hint',
  title: text('“存在的主要问题及改进情况”缺少一半', 'Problems and improvements: one half missing'),
  description: text(
    '条例第五十条第（四）项要求报告政府信息公开工作存在的主要问题及改进情况：第五部分应既写问题（不足、短板、有待提高……），也写改进（改进、整改、措施、下一步……）。只写一半时提示；按常用说法查找，改进也可能换了说法，故默认为提示。没有内容或只写“无”的第五部分由 GR111 报告，占位文字由 GR110 报告。',
    'Regulations Art. 50 (4): the report gives the main problems of the disclosure work and how they are being improved, so section 五 names both problems (不足, 短板, 有待提高…) and improvements (改进, 整改, 措施, 下一步…). A section naming only one half is reported; the halves are looked up by their usual wordings and an improvement may be worded otherwise, hence a hint by default. A section with nothing under its heading or saying only 无 is GR111’s, placeholder text GR110’s.',
  ),
  *check({ report }) {
    const section = sectionOf(report, 5);
    if (!section) return;
    const prose = squeeze(sectionProse(report, section));
    if (prose.length === 0) return;
    // Saying only 无 is GR111's.
    if (SAYS_NOTHING.test(prose)) return;
    const hasProblem = PROBLEM.test(prose);
    const hasImprovement = IMPROVEMENT.test(prose);
    if (hasProblem && hasImprovement) return;
    yield {
      span: section.heading.span,
      message: !hasProblem && !hasImprovement
        ? text('第五部分既未写存在的问题，也未写改进情况。', 'Section 五 names neither a problem nor an improvement.')
        : !hasProblem
          ? text('第五部分只写了改进措施，未写存在的主要问题（不足、短板等）。', 'Section 五 names improvements but no problem (shortcoming) they address.')
          : text('第五部分只写了存在的问题，未写改进情况或下一步措施。', 'Section 五 names problems but no improvement or next step.'),
    };
  },
};
