import type { Rule } from '../core/rules/rule';
import { RULE_CASES, type RuleCase } from '../test/rule-cases';

const SEVERITY_ZH = { error: '错误', warning: '警告', information: '提示', hint: '提示' } as const;

const example = (find: string, replace: string): string => {
  const fence = '```';
  return `${fence}diff\n${find.split('\n').map((l) => `- ${l}`).join('\n')}\n${replace.split('\n').map((l) => `+ ${l}`).join('\n')}\n${fence}`;
};

/** The docs page of one rule, generated from its metadata and its test cases (docs/rules/<code>.md). */
export function renderRuleDoc(rule: Rule): string {
  const cases = RULE_CASES[rule.code];
  const lines = [
    `# ${rule.code} ${rule.slug}`,
    '',
    `**${rule.title['zh-CN']}** — ${rule.title.en}`,
    '',
    `默认级别 / default severity: \`${rule.defaultSeverity}\`（${SEVERITY_ZH[rule.defaultSeverity]}）`,
    '',
    '## 说明',
    '',
    rule.description['zh-CN'],
    '',
    '## Description',
    '',
    rule.description.en,
    '',
  ];
  if (cases) {
    lines.push('## 示例 / Examples', '', '以下每例都是对 `test-fixtures/synthetic/valid-2023.report.md` 的一处（或几处）修改，均为本规则的测试用例。',
      'Each example is one edit (or a few) of the valid sample report and is one of this rule’s tests.', '');
    const lastYear = (c: RuleCase): string[] => (c.previous
      ? ['上一年度报告 / last year’s report:', '', example(c.previous.find, c.previous.replace), '', '本年度报告 / this year’s report:', '']
      : []);
    const edit = (e: { find: string; replace: string }): string => (e.find === e.replace ? '（不变 / unchanged）' : example(e.find, e.replace));
    const edits = (c: RuleCase): string[] => [c, ...(c.also ?? [])].flatMap((e) => [edit(e), '']);
    for (const c of cases.invalid) lines.push(`### ✗ ${c.name}`, '', ...lastYear(c), ...edits(c));
    for (const c of cases.valid) lines.push(`### ✓ ${c.name}`, '', ...lastYear(c), ...edits(c));
  }
  lines.push('## 配置 / Configuration', '',
    `编辑器 / editor: \`"govReport.rules": { "${rule.code}": "off" }\`（\`error\` \`warning\` \`information\` \`hint\` \`off\`）`, '',
    `命令行 / CLI: \`gov-report check --rule ${rule.code}=off\``, '');
  return lines.join('\n');
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| [${r.code}](${r.code}.md) | ${r.slug} | ${r.title['zh-CN']} | ${r.title.en} | ${r.defaultSeverity} |`);
  return ['# 规则 / Rules', '', '| code | slug | 标题 | title | default |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

/** README with the rule table between its markers replaced by the current one. */
export function renderReadmeRules(readme: string, rules: readonly Rule[]): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return readme;
  const table = renderRuleIndex(rules).split('\n').slice(2).join('\n').replace(/\]\(GR/g, '](docs/rules/GR');
  return `${readme.slice(0, from + START.length)}\n${table}${readme.slice(to)}`;
}
