// Fragments of test-fixtures/synthetic/valid-2023.report.md that the rule cases edit (each must
// stand in the base report exactly as written here).

export const ROW_S4 = '| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |';
export const ROW_NEW = '| 一、本年新收政府信息公开申请数量 |  | 10 | 2 | 0 | 0 | 0 | 0 | 12 |';
export const ROW_GRANTED = '| 三、本年度办理结果 | （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |';
export const ROW_TOTAL = '|  | （七）总计 | 10 | 2 | 0 | 0 | 0 | 0 | 12 |';
export const ROW_OTHER_3 = '|  | 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
export const TABLE_4 = [
  '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
  '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
  ROW_S4,
].join('\n');
export const ROW_CARRIED = '| 二、上年结转政府信息公开申请数量 |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
export const ROW_CARRY_OVER = '| 四、结转下年度继续办理 |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
export const ROW_NORMATIVE = '| 行政规范性文件 | 4 | 1 | 27 |';
export const PROBLEMS = '主动公开的及时性还需加强。下一步将完善工作机制，提升公开质量。';
export const PROBLEMS_2 = '一是政策解读的形式还比较单一。二是依申请公开答复的规范性有待提高。三是政务新媒体的互动功能发挥不够。2024年将逐项整改，提升公开质量。';
export const PROBLEMS_3 = '一是主动公开的及时性还需加强。二是基层政务公开标准目录更新不够及时。三是公开平台的检索功能有待完善。下一步将完善工作机制。';
export const ROW_LAW = '|  | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';

export const TITLE = '# 示例市示例局2023年';
export const SIGNED = '2024年1月20日';
export const TOPICS = '及时主动公开政策文件，规范办理依申请公开，落实公文公开属性认定和保密审查，优化政府网站信息公开专栏，组织业务培训并将政务公开纳入年度考核。';
export const OVERVIEW_END = '部分公开2件。\n';
export const FEE_TEXT = '本年度未收取信息处理费。';
export const ROW_NO_FEE = '|  | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
export const ROW_RULES = '| 规章 | 0 | 0 | 3 |';
