import type { Localized } from '../findings';
import { hasPlaceholderIn } from '../placeholders';
import { TEMPLATE_2023_FIRST_YEAR } from '../spec';
import type { Rule } from './rule';
import { sectionOf, sectionProse, squeeze } from './section-prose';
import { text } from './support';

interface Topic {
  readonly name: Localized;
  /** Words a civil servant uses for the topic (any one counts). */
  readonly words: RegExp;
}

/** The five topics 国办公开办函〔2021〕30号 asks section 一 to cover, with the usual ways of naming them. */
export const OVERVIEW_TOPICS: readonly Topic[] = [
  { name: text('主动公开', 'proactive disclosure'), words: /主动公开/ },
  { name: text('依申请公开', 'disclosure on request'), words: /依申请公开|公开申请|申请公开/ },
  {
    name: text('政府信息管理', 'management of government information'),
    words: /信息管理|(?:保密|发布|公开)审查|公开属性|(?:文件|目录)(?:清理|管理|动态)|动态(?:调整|更新)|规范性文件.{0,8}(?:清理|备案|管理)/,
  },
  {
    name: text('政府信息公开平台建设', 'disclosure platforms'),
    words: /平台|网站|门户|新媒体|公众号|政府公报|公开专栏|专栏|公开栏|查阅(?:点|场所|室)/,
  },
  { name: text('监督保障', 'oversight and support'), words: /监督|保障|考核|评议|培训|问责|责任追究|督查|督导/ },
];

export const overviewTopics: Rule = {
  code: 'GR409', slug: 'overview-topics', defaultSeverity: 'hint',
  title: text('总体情况缺少规定的方面', 'Overview misses a prescribed topic'),
  description: text(
    '国办公开办函〔2021〕30号要求第一部分“总体情况”概述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面（2021年及以后的年报）。按常用说法查找，未提及的方面列出提示；总体情况没有任何数字（本年度的工作数据）时也提示。',
    'Under 国办公开办函〔2021〕30号, section 一 (overview) covers five topics: proactive disclosure, disclosure on request, management of government information, disclosure platforms, and oversight and support (reports for 2021 and later). Each is looked up by its usual wordings; those not mentioned are listed. An overview without any figure (the year’s numbers) is reported too.',
  ),
  *check({ report }) {
    const section = sectionOf(report, 1);
    if (!section) return;
    const prose = squeeze(sectionProse(report, section));
    // An empty section is GR111's, a template's placeholder GR110's.
    if (prose.length === 0 || hasPlaceholderIn(report, section.heading.span.end, section.span.end)) return;
    const noFigure = !/[0-9０-９]/.test(prose);
    const topicsAsked = report.year !== undefined && report.year >= TEMPLATE_2023_FIRST_YEAR;
    const missing = topicsAsked ? OVERVIEW_TOPICS.filter((t) => !t.words.test(prose)) : [];
    if (missing.length === 0 && !noFigure) return;
    const zh = [
      noFigure ? '没有任何数字（总体情况应写明本年度的工作数据）' : '',
      missing.length > 0 ? `未提及：${missing.map((t) => t.name['zh-CN']).join('、')}（国办公开办函〔2021〕30号要求概述这五个方面）` : '',
    ];
    const en = [
      noFigure ? 'gives no figure (the overview states the year’s numbers)' : '',
      missing.length > 0 ? `does not mention: ${missing.map((t) => t.name.en).join(', ')} (国办公开办函〔2021〕30号 asks for five topics)` : '',
    ];
    yield {
      span: section.heading.span,
      message: text(`第一部分“总体情况”${zh.filter(Boolean).join('；')}。`, `Section 一 (overview) ${en.filter(Boolean).join('; ')}.`),
    };
  },
};
