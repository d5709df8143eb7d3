import type { SectionSpec } from './types';

export const SECTIONS: readonly SectionSpec[] = [
  { index: 1, numeral: '一', title: '总体情况', variants: [], keywords: ['总体情况'] },
  {
    index: 2, numeral: '二', title: '主动公开政府信息情况', variants: ['行政机关主动公开政府信息情况'],
    keywords: ['主动公开'], table: 's2',
  },
  {
    index: 3, numeral: '三', title: '收到和处理政府信息公开申请情况',
    variants: ['行政机关收到和处理政府信息公开申请情况'], keywords: ['收到和处理', '公开申请情况', '处理政府信息公开申请'], table: 's3',
  },
  {
    index: 4, numeral: '四', title: '政府信息公开行政复议、行政诉讼情况',
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    keywords: ['行政复议', '行政诉讼', '复议', '诉讼'], table: 's4',
  },
  {
    index: 5, numeral: '五', title: '存在的主要问题及改进情况', variants: ['政府信息公开工作存在的主要问题及改进情况'],
    keywords: ['主要问题', '改进情况', '改进措施'],
  },
  { index: 6, numeral: '六', title: '其他需要报告的事项', variants: [], keywords: ['其他需要报告', '需要报告的事项'] },
];

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
