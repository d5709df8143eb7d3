import type { ColumnSpec, RowSpec, TableSpec } from './types';

export const TABLE3_COLUMNS: readonly ColumnSpec[] = [
  { key: 'natural', label: '自然人', kind: 'count' },
  { key: 'commercial', label: '商业企业', kind: 'count' },
  { key: 'research', label: '科研机构', kind: 'count' },
  { key: 'public_interest', label: '社会公益组织', kind: 'count' },
  { key: 'legal', label: '法律服务机构', kind: 'count' },
  { key: 'other', label: '其他', kind: 'count' },
  { key: 'total', label: '总计', kind: 'count' },
];

export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const TABLE3_APPLICANT_HEADER = '申请人情况';
export const TABLE3_ORGANISATION_HEADER = '法人或其他组织';
export const TABLE3_RESULTS_GROUP = '三、本年度办理结果';

const row = (key: string, label: string, core: string, group?: string, variants?: string[]): RowSpec =>
  ({ key, label, core, group, columns: TABLE3_COLUMNS, variants });

const DENIED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const REJECTED = '（五）不予处理';
const OTHER = '（六）其他处理';

const HEAD_ROWS: readonly RowSpec[] = [
  row('new', '一、本年新收政府信息公开申请数量', '本年新收'),
  row('carried', '二、上年结转政府信息公开申请数量', '上年结转'),
  row('granted', '（一）予以公开', '予以公开', TABLE3_RESULTS_GROUP),
  row('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'),
  row('denied.secret', '1.属于国家秘密', '国家秘密', DENIED),
  row('denied.law', '2.其他法律行政法规禁止公开', '法律行政法规禁止公开'),
  row('denied.safety', '3.危及“三安全一稳定”', '三安全一稳定'),
  row('denied.third_party', '4.保护第三方合法权益', '第三方合法权益'),
  row('denied.internal', '5.属于三类内部事务信息', '内部事务信息'),
  row('denied.process', '6.属于四类过程性信息', '过程性信息'),
  row('denied.enforcement', '7.属于行政执法案卷', '行政执法案卷'),
  row('denied.inquiry', '8.属于行政查询事项', '行政查询事项'),
  row('unable.no_info', '1.本机关不掌握相关政府信息', '不掌握相关政府信息', UNABLE),
  row('unable.need_create', '2.没有现成信息需要另行制作', '没有现成信息'),
  row('unable.unclear', '3.补正后申请内容仍不明确', '补正后申请内容仍不明确'),
  row('rejected.complaint', '1.信访举报投诉类申请', '信访举报投诉', REJECTED),
  row('rejected.duplicate', '2.重复申请', '重复申请'),
  row('rejected.publication', '3.要求提供公开出版物', '公开出版物'),
  row('rejected.massive', '4.无正当理由大量反复申请', '大量反复申请'),
  row('rejected.confirm', '5.要求行政机关确认或重新出具已获取信息', '确认或重新出具'),
];

const TAIL_ROWS: readonly RowSpec[] = [
  row('total', '（七）总计', '(七)总计'),
  row('carry_over', '四、结转下年度继续办理', '结转下年度'),
];

export const TABLE3_2023: TableSpec = {
  id: 's3', edition: '2023', section: 3, title: '收到和处理政府信息公开申请情况',
  rows: [
    ...HEAD_ROWS,
    row('other.no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '逾期不补正', OTHER),
    row('other.no_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '缴纳费用'),
    row('other.other', '3.其他', '3.其他'),
    ...TAIL_ROWS,
  ],
};

export const TABLE3_2019: TableSpec = {
  id: 's3', edition: '2019', section: 3, title: '收到和处理政府信息公开申请情况',
  rows: [...HEAD_ROWS, row('other', '（六）其他处理', '其他处理'), ...TAIL_ROWS],
};

/** Rows whose sum is （七）总计, by key prefix. */
export const RESULT_ROW_PREFIXES = ['granted', 'partial', 'denied.', 'unable.', 'rejected.', 'other'] as const;
