// Regenerates docs/rules/*.md from the rules' metadata and test cases. Run after `npm run build`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES } = require('../server/out/core/rules/index.js');
const { renderRuleDoc, renderRuleIndex, renderReadmeRules } = require('../server/out/tools/rule-docs.js');

mkdirSync('docs/rules', { recursive: true });
for (const rule of RULES) writeFileSync(`docs/rules/${rule.code}.md`, renderRuleDoc(rule));
writeFileSync('docs/rules/README.md', renderRuleIndex(RULES));
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', renderReadmeRules(readme, RULES));
console.log(`wrote ${RULES.length} rule pages`);
