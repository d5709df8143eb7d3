import type { Localized } from '../findings';

// What 表二's rows and columns count, per edition: the 2019 trial format (国办公开办函〔2019〕60号)
// counts 事项 (items: 上一年项目数量, 本年增/减) where the format in force (国办公开办函〔2021〕30号)
// counts decisions and amounts, so a note written for one edition is wrong on the other.

/** Row notes of 表二 in the format in force (key `'2023'`). */
export const TABLE2_ROW_NOTES: Readonly<Record<string, Localized>> = {
  's2.rules': {
    'zh-CN': '本机关制定的规章（条例第二十条第（一）项）。没有规章制定权的机关常在此行填“/”或0。',
    en: 'Rules made by this agency (Regulations, Art. 20 (1)). Agencies without rule-making power often write “/” or 0 here.',
  },
  's2.normative': {
    'zh-CN': '本机关制定的行政规范性文件（条例第二十条第（一）项）；2019年试行格式称“规范性文件”。',
    en: 'Administrative normative documents issued by this agency (Art. 20 (1)); called 规范性文件 in the 2019 trial format.',
  },
  's2.licensing': {
    'zh-CN': '行政许可（条例第二十条第（五）项）：本年作出的行政许可处理决定数量。',
    en: 'Administrative licensing (Art. 20 (5)): the number of licensing decisions made this year.',
  },
  's2.penalty': {
    'zh-CN': '行政处罚（条例第二十条第（六）项）：本年作出的行政处罚决定数量。',
    en: 'Administrative penalties (Art. 20 (6)): the number of penalty decisions made this year.',
  },
  's2.coercion': {
    'zh-CN': '行政强制（条例第二十条第（六）项）：本年作出的行政强制决定数量。',
    en: 'Administrative coercion (Art. 20 (6)): the number of coercive measures decided this year.',
  },
  's2.fees': {
    'zh-CN': '行政事业性收费（条例第二十条第（八）项）：本年收费金额，单位万元。依申请公开收取的信息处理费本身也是行政事业性收费，但须另在第六部分单独报告其收取情况。',
    en: 'Administrative fees (Art. 20 (8)): the amount collected this year, in 万元. The 信息处理费 charged for requests is itself such a fee, but section 六 must report it separately.',
  },
};

/** Row notes of the 2019 trial format, where they differ; its rows 五、六、八 count items, not decisions. */
export const TABLE2_ROW_NOTES_2019: Readonly<Record<string, Localized>> = {
  's2.licensing': {
    'zh-CN': '行政许可（条例第二十条第（五）项）：上一年项目数量、本年增/减按行政许可事项（项目）计，不是决定件数；处理决定数量为本年作出的许可决定数。',
    en: 'Administrative licensing (Art. 20 (5)): 上一年项目数量 and 本年增/减 count licensing items (matters), not decisions; 处理决定数量 counts the decisions made this year.',
  },
  's2.other_services': {
    'zh-CN': '其他对外管理服务事项（条例第二十条第（五）项）：按事项计，同行政许可；仅2019年试行格式有此行，现行格式已删去。',
    en: 'Other external management services (Art. 20 (5)): counted like licensing, by item; only in the 2019 trial format, dropped from the format in force.',
  },
  's2.penalty': {
    'zh-CN': '行政处罚（条例第二十条第（六）项）：上一年项目数量、本年增/减按行政处罚事项计，不是决定件数；处理决定数量为本年作出的处罚决定数。',
    en: 'Administrative penalties (Art. 20 (6)): 上一年项目数量 and 本年增/减 count penalty items (matters), not decisions; 处理决定数量 counts the decisions made this year.',
  },
  's2.coercion': {
    'zh-CN': '行政强制（条例第二十条第（六）项）：上一年项目数量、本年增/减按行政强制事项计，不是决定件数；处理决定数量为本年作出的强制决定数。',
    en: 'Administrative coercion (Art. 20 (6)): 上一年项目数量 and 本年增/减 count coercion items (matters), not decisions; 处理决定数量 counts the decisions made this year.',
  },
  's2.fees': {
    'zh-CN': '行政事业性收费（条例第二十条第（八）项）：2019年试行格式按收费项目计（上一年项目数量、本年增/减），没有金额栏。信息处理费在第六部分单独报告。',
    en: 'Administrative fees (Art. 20 (8)): the 2019 trial format counts fee items (上一年项目数量, 本年增/减) and has no amount column. The 信息处理费 is reported separately in section 六.',
  },
  's2.procurement': {
    'zh-CN': '政府集中采购（条例第二十条第（九）项）：仅2019年试行格式有此行，现行格式已删去。',
    en: 'Government centralised procurement (Art. 20 (9)): only in the 2019 trial format; dropped from the format in force.',
  },
};

/** Column notes of 表二 in the format in force; a full cell key (`s2.rules.issued`) overrides a column key. */
export const TABLE2_COLUMN_NOTES: Readonly<Record<string, Localized>> = {
  's2.issued': {
    'zh-CN': '本年度制定、发布的件数，整数。格式和通知未规定是否包含修订，建议在表下注明口径。',
    en: 'Number issued this year; a whole number. Neither the format nor the notices say whether revisions count; say so in a note under the table.',
  },
  's2.repealed': {
    'zh-CN': '本年度废止的件数，整数。格式和通知未规定是否包含自然失效（有效期届满）的文件，建议在表下注明口径。',
    en: 'Number repealed this year; a whole number. Neither the format nor the notices say whether documents that lapsed (expired) count; say so in a note under the table.',
  },
  's2.effective': {
    'zh-CN': '截至年底现行有效的件数，整数；大致等于上年现行有效件数 + 本年制发 − 本年废止（制发、废止的口径不同时可以不一致）。',
    en: 'Number in force at year end; roughly last year\'s figure + issued − repealed (it can differ when issued and repealed are counted otherwise).',
  },
  's2.decisions': {
    'zh-CN': '本年度作出的处理决定数量，整数。',
    en: 'Number of decisions made this year; a whole number.',
  },
  's2.amount': {
    'zh-CN': '本年收费金额，单位：万元，可有小数。',
    en: 'Amount collected this year, in 万元 (10,000 yuan); decimals allowed.',
  },
};

/** Column notes that only the 2019 trial format has (or words differently). */
export const TABLE2_COLUMN_NOTES_2019: Readonly<Record<string, Localized>> = {
  's2.new_made': {
    'zh-CN': '本年新制作数量（2019年试行格式），整数；与现行格式的“本年制发件数”含义不同。',
    en: 'Newly made this year (2019 trial format); not the same as the later 本年制发件数.',
  },
  's2.new_published': {
    'zh-CN': '本年新公开数量（2019年试行格式），整数。',
    en: 'Newly published this year (2019 trial format); a whole number.',
  },
  's2.total_published': {
    'zh-CN': '对外公开总数量（2019年试行格式），整数。',
    en: 'Total published (2019 trial format); a whole number.',
  },
  's2.last_year_items': {
    'zh-CN': '上一年项目数量（2019年试行格式）：上一年度该类事项（项目）的个数，按事项计，不是处理决定的件数；整数。',
    en: 'Items last year (2019 trial format): how many matters of this kind there were last year, counted by item, not by decision; a whole number.',
  },
  's2.change': {
    'zh-CN': '本年增/减（2019年试行格式）：本年事项（项目）个数比上一年增加或减少的数目，按事项计，不是决定件数；可带正负号，如 +3、-1。',
    en: 'Change this year (2019 trial format): how many items were added or removed since last year, counted by item, not by decision; signed, such as +3 or -1.',
  },
  's2.decisions': {
    'zh-CN': '处理决定数量（2019年试行格式）：本年作出的处理决定件数，整数；现行格式称“本年处理决定数量”，含义相同。',
    en: 'Decisions (2019 trial format): the number of decisions made this year; called 本年处理决定数量 in the format in force, same meaning.',
  },
  's2.items': {
    'zh-CN': '采购项目数量（2019年试行格式），整数。',
    en: 'Number of procurement items (2019 trial format); a whole number.',
  },
  's2.procurement.amount': {
    'zh-CN': '采购总金额（2019年试行格式），单位万元（单元格另有注明的除外），可有小数。',
    en: 'Total procurement amount (2019 trial format), in 万元 unless the cell says otherwise; decimals allowed.',
  },
};
