import { z } from 'zod';
import type { Report, Section } from '../model';
import { SECTIONS } from '../spec';
import type { Rule, RuleOption } from './rule';
import { sectionOf, sectionProse } from './section-prose';
import { text } from './support';

/** Sentences shorter than this (after normalising) are boilerplate such as 无。 and are not counted. */
const MIN_SENTENCE = 10;
/** A section needs this many countable sentences before its share means anything. */
const MIN_SENTENCES = 3;

/**
 * The sentences of a section's prose (its tables left out), normalised: no whitespace or
 * punctuation, digit runs as `#` (a sentence copied with only its figures or year updated still
 * counts as repeated).
 */
export function sectionSentences(report: Report, section: Section): string[] {
  return sectionProse(report, section).replace(/\s+/g, '').split(/[。！？!?；;]+/)
    .map((s) => s.normalize('NFKC').replace(/[\p{P}\p{S}]/gu, '').replace(/\d+/g, '#'))
    .filter((s) => s.length >= MIN_SENTENCE);
}

/** GR406's option: setting `govReport.repeatedTextThreshold`, CLI flag `--repeated-text-threshold`. */
export const repeatedTextOptions = {
  repeatedTextThreshold: {
    schema: z.number().min(0).max(1).default(0.5),
    description: text(
      'GR406（内容与上年雷同）的阈值：某一部分与上一年度报告相同的句子所占比例超过此值（0–1，默认 0.5）时提示。',
      'Threshold of GR406 (text repeats last year’s): the share of a section’s sentences found in last year’s report above which it fires (0–1, default 0.5).',
    ),
  },
} satisfies Record<string, RuleOption>;

export const repeatedText: Rule = {
  code: 'GR406', slug: 'repeated-text', defaultSeverity: 'warning', needsPrevious: true, options: repeatedTextOptions,
  title: text('内容与上年雷同', 'Text repeats last year’s'),
  description: text(
    '某一部分的文字与同一机关上一年度报告的同一部分大量重复（按句比较，忽略空白、标点和数字；重复句子占比超过阈值，默认 50%，编辑器设置 govReport.repeatedTextThreshold，命令行 --repeated-text-threshold）。国办通知要求：出现内容雷同、敷衍塞责等问题并造成不良后果的，依照条例第四十七条追究责任——追责以造成不良后果为条件，本规则只提示重复。',
    'A section whose sentences largely repeat the same section of the same agency’s report for the year before (compared sentence by sentence, ignoring whitespace, punctuation and digits; share above the threshold, 50 % by default, editor setting govReport.repeatedTextThreshold, CLI flag --repeated-text-threshold). The notice says that where 内容雷同 (copied content), perfunctory work or similar problems cause adverse consequences, responsibility is pursued under Art. 47 of the Regulations: accountability is conditional on the consequences; this rule only points out the repetition.',
  ),
  *check({ report, previous, options }) {
    if (!previous) return;
    for (const spec of SECTIONS) {
      const section = sectionOf(report, spec.index);
      const before = sectionOf(previous.report, spec.index);
      if (!section || !before) continue;
      const sentences = sectionSentences(report, section);
      if (sentences.length < MIN_SENTENCES) continue;
      const last = new Set(sectionSentences(previous.report, before));
      const repeated = sentences.filter((s) => last.has(s)).length;
      const share = repeated / sentences.length;
      if (share <= options.repeatedTextThreshold) continue;
      const percent = Math.round(share * 100);
      const limit = Math.round(options.repeatedTextThreshold * 100);
      yield {
        span: section.heading.span,
        message: text(
          `第${spec.numeral}部分的 ${sentences.length} 句中有 ${repeated} 句与上一年度报告相同（${percent}%，超过 ${limit}%），内容雷同。`,
          `Section ${spec.index}: ${repeated} of its ${sentences.length} sentences repeat last year’s report (${percent}%, above ${limit}%).`,
        ),
        related: [{
          span: before.heading.span, file: previous.file,
          message: text(`上一年度报告的第${spec.numeral}部分`, `Section ${spec.index} of last year’s report`),
        }],
      };
    }
  },
};
