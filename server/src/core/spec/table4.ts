import type { ColumnSpec, RowSpec, TableSpec } from './types';

export const TABLE4_COLUMNS: readonly ColumnSpec[] = [
  { key: 'upheld', label: '结果维持', kind: 'count' },
  { key: 'corrected', label: '结果纠正', kind: 'count' },
  { key: 'other', label: '其他结果', kind: 'count' },
  { key: 'pending', label: '尚未审结', kind: 'count' },
  { key: 'total', label: '总计', kind: 'count' },
];

export const TABLE4_SUIT_HEADER = '行政诉讼';

const group = (key: string, label: string, core: string): RowSpec => ({ key, label, core, columns: TABLE4_COLUMNS });

/** 表四 is one printed row of 15 cells; each group of five is a logical row here. */
export const TABLE4: TableSpec = {
  id: 's4', edition: '2023', section: 4, title: '政府信息公开行政复议、行政诉讼情况',
  rows: [
    group('review', '行政复议', '行政复议'),
    group('suit_direct', '未经复议直接起诉', '未经复议直接起诉'),
    group('suit_after_review', '复议后起诉', '复议后起诉'),
  ],
};
