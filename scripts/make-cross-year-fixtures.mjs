// Builds test-fixtures/cross-year/ from the five seeds: three consecutive years of one agency
// (烟台市莱山区人民政府办公室, 2019–2021) and two other agencies, with one broken carry-over, one
// repeated section and one prose mismatch planted, and expected.json listing what was planted.
// Every edit must match exactly once, so a changed seed stops the script instead of skewing a fixture.
// Run from the repository root: node scripts/make-cross-year-fixtures.mjs [output folder]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = 'test-fixtures/seeds';
const OUT = process.argv[2] ?? 'test-fixtures/cross-year';
const AGENCY = '烟台市莱山区人民政府办公室';

const seed = (prefix) => {
  const name = readdirSync(SEEDS).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  return readFileSync(join(SEEDS, name), 'utf8');
};

function once(text, find, replace, what) {
  const count = text.split(find).length - 1;
  if (count !== 1) throw new Error(`${what}: expected one “${find}”, found ${count}`);
  return text.replace(find, () => replace);
}

/** Every four-digit year 2000–2039 moved by `by` (digits next to other digits are left alone). */
const shiftYears = (text, by) => text.replace(/(?<!\d)(20[0-3]\d)(?!\d)/g, (y) => String(Number(y) + by));

/** The lines strictly between the line equal to `from` and the line equal to `to`. */
function between(text, from, to, what) {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.trim() === from);
  const b = lines.findIndex((l, i) => i > a && l.trim() === to);
  if (a < 0 || b < 0) throw new Error(`${what}: section bounds not found`);
  return { lines, a, b, body: lines.slice(a + 1, b).join('\n') };
}

function replaceBetween(text, from, to, body, what) {
  const { lines, a, b } = between(text, from, to, what);
  return [...lines.slice(0, a + 1), body, ...lines.slice(b)].join('\n');
}

// 2019: seed 002 (芝罘区只楚街道办事处, 2020) moved back one year, under agency A. Its signing date
// (the seed's published defect, 2020年1月26日 → 2019年1月26日 after the shift) is put right so the fixture
// carries only the planted faults. 表三 carries nothing forward (四 = 0).
let y2019 = shiftYears(seed('002'), -1);
y2019 = once(y2019, '# 芝罘区只楚街道办事处 2019 年政府信息公开工作年度报告', `# ${AGENCY} 2019 年政府信息公开工作年度报告`, '2019 title');
y2019 = once(y2019, '\n2019年1月26日', '\n2020年1月26日', '2019 signing date');

// 2020: seed 000 (烟台市人民政府办公室, 2020) under agency A. 表三 is changed so that it carries 1
// request (自然人) forward to 2021 and — the planted fault — claims 2 carried over from 2019, whose
// report carried 0: new 72→71 (total 77→76), carried 0→2, carried forward 0→1. Every sum still holds.
// The prose keeps 受理…77件, which now equals the results total (77), not new (76).
let y2020 = seed('000');
y2020 = once(y2020, '# 烟台市人民政府办公室 2020 年政府信息公开工作年度报告', `# ${AGENCY} 2020 年政府信息公开工作年度报告`, '2020 title');
y2020 = once(y2020, '一、\t本年新收政府信息公开申请数量\t72\t5\t0\t0\t0\t0\t77\t', '一、\t本年新收政府信息公开申请数量\t71\t5\t0\t0\t0\t0\t76\t', '2020 new');
y2020 = once(y2020, '二、\t上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t', '二、\t上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\t', '2020 carried');
y2020 = once(y2020, '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\t', '四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1\t', '2020 carried forward');

// 2021: seed 003 (agency A, 2023, the 2023 template) moved back two years; it carries over 1 (自然人),
// which 2020 carried forward. Section 五 is replaced by 2020's section 五 with its years moved on by one
// — the planted repeated section.
let y2021 = shiftYears(seed('003'), -2);
const problems2020 = between(y2020, '#### 五、存在的主要问题及改进情况', '## **六、其他需要报告的事项**', '2020 section 五').body;
y2021 = replaceBetween(y2021, '五、政府信息公开工作存在的主要问题及改进情况', '六、其他需要报告的事项', shiftYears(problems2020, 1), '2021 section 五');

// Another agency: seed 001 (威海经济技术开发区, 2020) with its prose count changed — the planted
// prose mismatch (收取…申请6件; 表三 says 5 new, 0 carried over).
const weihai = once(seed('001'), '收取政府信息公开申请5件', '收取政府信息公开申请6件', 'weihai prose');

// A third agency: seed 004 (淄博市人民政府办公室, 2020) as it is.
const zibo = seed('004');

const files = {
  'laishan-2019.txt': y2019,
  'laishan-2020.txt': y2020,
  'laishan-2021.txt': y2021,
  'weihai-2020.txt': weihai,
  'zibo-2020.txt': zibo,
};

const expected = {
  about: 'Findings of the cross-report rules (scope) planted by scripts/make-cross-year-fixtures.mjs; other rules are out of scope here.',
  scope: ['GR403', 'GR404', 'GR405', 'GR406'],
  predecessors: {
    'laishan-2019.txt': null,
    'laishan-2020.txt': 'laishan-2019.txt',
    'laishan-2021.txt': 'laishan-2020.txt',
    'weihai-2020.txt': null,
    'zibo-2020.txt': null,
  },
  findings: {
    'laishan-2019.txt': [],
    'laishan-2020.txt': [
      { code: 'GR404', cells: ['s3.carried.natural'], text: '2' },
      { code: 'GR404', cells: ['s3.carried.total'], text: '2' },
    ],
    'laishan-2021.txt': [{ code: 'GR406', section: 5 }],
    'weihai-2020.txt': [{ code: 'GR403', cells: ['s3.new.total'], text: '6' }],
    'zibo-2020.txt': [],
  },
};

mkdirSync(OUT, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(OUT, name), text);
writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`wrote ${Object.keys(files).length} reports and expected.json to ${OUT}`);
