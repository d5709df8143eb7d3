// A Word-style report (.docx) built with the `docx` package, for the reader's tests (see make-docx-fixtures.mjs).
import {
  AlignmentType, DeletedTextRun, Document, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow,
  TextRun, Textbox, VerticalMergeType, WidthType,
} from 'docx';

const CHANGE = { id: 1, author: '审核人', date: '2024-01-10T10:00:00Z' };
const heading = (text, level) => new Paragraph({ numbering: { reference: 'sections', level }, children: [new TextRun(text)] });
const para = (...children) => new Paragraph({ indent: { firstLine: 640 }, children });

/** A table cell; `lines` joined by soft line breaks (w:br) inside one paragraph. */
function cell(content, { span = 1, merge } = {}) {
  const runs = Array.isArray(content) ? content : String(content).split('\n').map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : 0 }));
  return new TableCell({ children: [new Paragraph({ children: runs })], columnSpan: span, ...(merge ? { verticalMerge: merge } : {}) });
}
const RESTART = VerticalMergeType.RESTART;
const CONTINUE = VerticalMergeType.CONTINUE;
const table = (rows) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((cells) => new TableRow({ children: cells })) });

const S3_GROUPS = [
  ['（三）不予公开', ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']],
  ['（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']],
  ['（五）不予处理', ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新\n出具已获取信息']],
  ['（六）其他处理', ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']],
];

export async function buildWordStyle(cells, tableSpec) {
  const v = (key) => String(cells[key]);
  const s3Rows = tableSpec('s3', '2023').rows;
  const numbers = (rowKey) => s3Rows.find((r) => r.key === rowKey).columns.map((c) => cell(v(`s3.${rowKey}.${c.key}`)));
  const denied = s3Rows.slice(4, 24).map((r) => r.key);
  const t2 = table([
    [cell('第二十条第（一）项', { span: 4 })],
    [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')],
    [cell('规章'), cell(v('s2.rules.issued')), cell(v('s2.rules.repealed')), cell(v('s2.rules.effective'))],
    [cell('行政规范性文件'), cell(v('s2.normative.issued')), cell(v('s2.normative.repealed')), cell(v('s2.normative.effective'))],
    [cell('第二十条第（五）项', { span: 4 })],
    [cell('信息内容'), cell('本年处理决定数量', { span: 3 })],
    [cell('行政许可'), cell(v('s2.licensing.decisions'), { span: 3 })],
    [cell('第二十条第（六）项', { span: 4 })],
    [cell('信息内容'), cell('本年处理决定数量', { span: 3 })],
    [cell('行政处罚'), cell(v('s2.penalty.decisions'), { span: 3 })],
    [cell('行政强制'), cell(v('s2.coercion.decisions'), { span: 3 })],
    [cell('第二十条第（八）项', { span: 4 })],
    [cell('信息内容'), cell('本年收费金额（单位：万元）', { span: 3 })],
    [cell('行政事业性收费'), cell(v('s2.fees.amount'), { span: 3 })],
  ]);
  // 一、本年新收: the natural-person count corrected with tracked changes (the deleted figure must not be read).
  const newNatural = s3Rows[0].columns.map((c, i) => (i === 0
    ? cell([new DeletedTextRun({ ...CHANGE, text: '99' }), new InsertedTextRun({ ...CHANGE, id: 2, text: v('s3.new.natural') })])
    : cell(v(`s3.new.${c.key}`))));
  const t3 = [
    [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { span: 3, merge: RESTART }), cell('申请人情况', { span: 7 })],
    [cell('', { span: 3, merge: CONTINUE }), cell('自然人', { merge: RESTART }), cell('法人或其他组织', { span: 5 }), cell('总计', { merge: RESTART })],
    [cell('', { span: 3, merge: CONTINUE }), cell('', { merge: CONTINUE }), ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)), cell('', { merge: CONTINUE })],
    [cell('一、本年新收政府信息公开申请数量', { span: 3 }), ...newNatural],
    [cell('二、上年结转政府信息公开申请数量', { span: 3 }), ...numbers('carried')],
    [cell('三、本年度办理结果', { merge: RESTART }), cell('（一）予以公开', { span: 2 }), ...numbers('granted')],
    [cell('', { merge: CONTINUE }), cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', { span: 2 }), ...numbers('partial')],
  ];
  let k = 0;
  for (const [group, labels] of S3_GROUPS) {
    labels.forEach((label, i) => {
      t3.push([cell('', { merge: CONTINUE }), cell(i === 0 ? group : '', { merge: i === 0 ? RESTART : CONTINUE }), cell(label), ...numbers(denied[k++])]);
    });
  }
  t3.push([cell('', { merge: CONTINUE }), cell('（七）总计', { span: 2 }), ...numbers('total')]);
  t3.push([cell('四、结转下年度继续办理', { span: 3 }), ...numbers('carry_over')]);
  const s4 = tableSpec('s4', '2023').rows.flatMap((r) => r.columns.map((c) => cell(v(`s4.${r.key}.${c.key}`))));
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const t4 = table([
    [cell('行政复议', { span: 5 }), cell('行政诉讼', { span: 10 })],
    [...results.map((t) => cell(t, { merge: RESTART })), cell('未经复议直接起诉', { span: 5 }), cell('复议后起诉', { span: 5 })],
    [...results.map(() => cell('', { merge: CONTINUE })), ...results.map((t) => cell(t)), ...results.map((t) => cell(t))],
    s4,
  ]);
  const total = v('s3.new.total');
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'sections',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        ],
      }],
    },
    sections: [{
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('烟台市莱山区人民政府办公室2023年政府信息公开工作年度报告')] }),
        para(new TextRun('本报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。')),
        heading('总体情况', 0),
        heading('主动公开', 1),
        para(new TextRun('本年主动公开政府信息，及时更新政府信息公开指南。'), new TextRun({ text: '（内部备注：此句不对外公开）', vanish: true })),
        heading('依申请公开', 1),
        para(new TextRun('2023年，本机关共收到政府信息公开申请'), new DeletedTextRun({ ...CHANGE, id: 3, text: '18' }), new InsertedTextRun({ ...CHANGE, id: 4, text: total }), new TextRun('件。')),
        new Textbox({ alignment: AlignmentType.LEFT, style: { width: '200pt', height: '40pt' }, children: [new Paragraph({ children: [new TextRun('政务公开专栏（文本框）')] })] }),
        heading('主动公开政府信息情况', 0),
        t2,
        heading('收到和处理政府信息公开申请情况', 0),
        table(t3),
        heading('政府信息公开行政复议、行政诉讼情况', 0),
        t4,
        heading('存在的主要问题及改进情况', 0),
        para(new TextRun('主动公开的及时性还需加强。下一步将完善工作机制。')),
        heading('其他需要报告的事项', 0),
        para(new TextRun('本年度未收取信息处理费。')),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('烟台市莱山区人民政府办公室')] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('2024年1月20日')] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
