import type { ColumnSpec, TableSpec } from './types';

const BLOCK_1 = '第二十条第（一）项';
const BLOCK_5 = '第二十条第（五）项';
const BLOCK_6 = '第二十条第（六）项';
const BLOCK_8 = '第二十条第（八）项';
const BLOCK_9 = '第二十条第（九）项';

const issuedColumns: readonly ColumnSpec[] = [
  { key: 'issued', label: '本年制发件数', kind: 'count', noteWords: ['修订', '制定', '制发'] },
  { key: 'repealed', label: '本年废止件数', kind: 'count', noteWords: ['失效', '废止'] },
  { key: 'effective', label: '现行有效件数', kind: 'count' },
];
const decisionsColumn: readonly ColumnSpec[] = [{ key: 'decisions', label: '本年处理决定数量', kind: 'count' }];

export const TABLE2_2023: TableSpec = {
  id: 's2', edition: '2023', section: 2, title: '主动公开政府信息情况',
  rows: [
    { key: 'rules', label: '规章', core: '规章', block: BLOCK_1, columns: issuedColumns },
    { key: 'normative', label: '行政规范性文件', core: '规范性文件', block: BLOCK_1, columns: issuedColumns },
    { key: 'licensing', label: '行政许可', core: '行政许可', block: BLOCK_5, columns: decisionsColumn },
    { key: 'penalty', label: '行政处罚', core: '行政处罚', block: BLOCK_6, columns: decisionsColumn },
    { key: 'coercion', label: '行政强制', core: '行政强制', block: BLOCK_6, columns: decisionsColumn },
    {
      key: 'fees', label: '行政事业性收费', core: '行政事业性收费', block: BLOCK_8,
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount' }],
    },
  ],
};

const madeColumns: readonly ColumnSpec[] = [
  { key: 'new_made', label: '本年新制作数量', kind: 'count' },
  { key: 'new_published', label: '本年新公开数量', kind: 'count' },
  { key: 'total_published', label: '对外公开总数量', kind: 'count' },
];
const itemColumns: readonly ColumnSpec[] = [
  { key: 'last_year_items', label: '上一年项目数量', kind: 'count' },
  { key: 'change', label: '本年增/减', kind: 'signed' },
  { key: 'decisions', label: '处理决定数量', kind: 'count' },
];

export const TABLE2_2019: TableSpec = {
  id: 's2', edition: '2019', section: 2, title: '主动公开政府信息情况',
  rows: [
    { key: 'rules', label: '规章', core: '规章', block: BLOCK_1, columns: madeColumns },
    { key: 'normative', label: '规范性文件', core: '规范性文件', block: BLOCK_1, columns: madeColumns },
    { key: 'licensing', label: '行政许可', core: '行政许可', block: BLOCK_5, columns: itemColumns },
    { key: 'other_services', label: '其他对外管理服务事项', core: '对外管理服务事项', block: BLOCK_5, columns: itemColumns },
    { key: 'penalty', label: '行政处罚', core: '行政处罚', block: BLOCK_6, columns: itemColumns },
    { key: 'coercion', label: '行政强制', core: '行政强制', block: BLOCK_6, columns: itemColumns },
    { key: 'fees', label: '行政事业性收费', core: '行政事业性收费', block: BLOCK_8, columns: itemColumns.slice(0, 2) },
    {
      key: 'procurement', label: '政府集中采购', core: '集中采购', block: BLOCK_9,
      columns: [
        { key: 'items', label: '采购项目数量', kind: 'count' },
        { key: 'amount', label: '采购总金额', kind: 'amount' },
      ],
    },
  ],
};

/** Header words that only one edition of 表二 prints. */
export const TABLE2_EDITION_MARKERS: Readonly<Record<'2019' | '2023', readonly string[]>> = {
  '2023': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '采购项目数量', '政府集中采购', '其他对外管理服务事项'],
};

