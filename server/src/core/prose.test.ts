import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from './check';
import { formatDecimal } from './decimal';
import { parseChineseNumeral, parseProseCount } from './numerals';
import { parseReport } from './parse';
import { compareMention, explainProseNumber, proseMentions, type ProseMention } from './prose';

const ROOT = join(__dirname, '../../..');
const BASE = readFileSync(join(ROOT, 'test-fixtures/synthetic/valid-2023.report.md'), 'utf8');
const SEEDS = join(ROOT, 'test-fixtures/seeds');

interface SeedFigures {
  readonly seeds: Record<string, {
    figures: { phrase: string; value: number; cells: string[] }[];
    traps: string[];
  }>;
}
const FIGURES: SeedFigures = JSON.parse(readFileSync(join(ROOT, 'test-fixtures/prose/seed-figures.json'), 'utf8'));

const withProse = (prose: string): string => BASE.replace(/本年共收到政府信息公开申请12件[^\n]*/, prose);
const mentionsOf = (text: string) => {
  const report = parseReport(text);
  return { report, mentions: proseMentions(report) };
};
const summary = (m: ProseMention): string => `${m.kind} ${formatDecimal(m.value)} ${m.readings[0]!.keys.join('+')}`;

test('Chinese numerals and written counts', () => {
  assert.equal(parseChineseNumeral('二十'), 20);
  assert.equal(parseChineseNumeral('两'), 2);
  assert.equal(parseChineseNumeral('十二'), 12);
  assert.equal(parseChineseNumeral('一百零三'), 103);
  assert.equal(parseChineseNumeral('两千零二十一'), 2021);
  assert.equal(parseChineseNumeral('三万五千'), 35000);
  assert.equal(parseChineseNumeral('两三'), undefined, 'two or three is not a number');
  assert.equal(parseChineseNumeral('十十'), undefined);
  assert.equal(parseChineseNumeral('万'), undefined);
  assert.equal(formatDecimal(parseProseCount('1,234')!), '1234');
  assert.equal(formatDecimal(parseProseCount('1，234')!), '1234');
  assert.equal(formatDecimal(parseProseCount('２０')!), '20');
  assert.equal(parseProseCount('12,34'), undefined);
});

test('the sample report’s prose: every figure read and agreeing', () => {
  const { report, mentions } = mentionsOf(BASE);
  assert.deepEqual(mentions.map(summary), [
    'received 12 s3.new.total', 'carried 1 s3.carried.total', 'outcome 6 s3.granted.total', 'outcome 2 s3.partial.total',
  ]);
  assert.deepEqual(mentions.map((m) => compareMention(report, m).status), ['agrees', 'agrees', 'agrees', 'agrees']);
});

test('phrasings of counts and what they are read as', () => {
  const cases: [string, string[]][] = [
    ['本年共收到政府信息公开申请二十件。', ['received 20 s3.new.total']],
    ['全年共受理政府信息公开申请1,234件。', ['received 1234 s3.new.total']],
    ['我局收到两件信息公开申请。', ['received 2 s3.new.total']],
    ['共办理依申请公开13件（含上年结转1件）。', ['handled 13 s3.total.total', 'carried 1 s3.carried.total']],
    ['本年收到政府信息公开申请12件，其中自然人申请10件，法人或其他组织申请2件。', [
      'received 12 s3.new.total', 'received 10 s3.new.natural',
      'received 2 s3.new.commercial+s3.new.research+s3.new.public_interest+s3.new.legal+s3.new.other',
    ]],
    ['依申请公开的办理结果中，不予公开0件，无法提供2件，不予处理1件，其他处理0件。', [
      'outcome 0 s3.denied.secret.total+s3.denied.law.total+s3.denied.safety.total+s3.denied.third_party.total+s3.denied.internal.total+s3.denied.process.total+s3.denied.enforcement.total+s3.denied.inquiry.total',
      'outcome 2 s3.unable.no_info.total+s3.unable.need_create.total+s3.unable.unclear.total',
      'outcome 1 s3.rejected.complaint.total+s3.rejected.duplicate.total+s3.rejected.publication.total+s3.rejected.massive.total+s3.rejected.confirm.total',
      'outcome 0 s3.other.no_correction.total+s3.other.no_fee.total+s3.other.other.total',
    ]],
    ['对政府信息公开申请，属于本机关不掌握相关政府信息的2件，重复申请1件。', [
      'outcome 2 s3.unable.no_info.total', 'outcome 1 s3.rejected.duplicate.total',
    ]],
    ['结转下年度继续办理的申请1件。', ['carry-over 1 s3.carry_over.total']],
    ['因政府信息公开被申请行政复议2件，其中维持1件，尚未审结1件。', [
      'cases 2 s4.review.total', 'cases 1 s4.review.upheld', 'cases 1 s4.review.pending',
    ]],
    ['本年度未发生政府信息公开行政复议、行政诉讼案件。', ['cases 0 s4.review.total+s4.suit_direct.total+s4.suit_after_review.total']],
    ['本年度新制发行政规范性文件4件，现行有效行政规范性文件27件。', [
      'documents 4 s2.normative.issued', 'documents 27 s2.normative.effective',
    ]],
  ];
  for (const [prose, expected] of cases) {
    assert.deepEqual(mentionsOf(withProse(prose)).mentions.map(summary), expected, prose);
  }
});

test('figures next to other matters are not read', () => {
  const traps = [
    '全年共受理群众来电118.76万件。',
    '协助办理信息公开申请4件。',
    '共发出82份测试申请，对答复情况进行汇总。',
    '全区各级行政机关共收到政府信息公开申请500件。',
    '本年收到申请数量较上年增加5件。',
    '共承办人大建议、政协提案4件。',
    '全年办理网上民声提问16175件。',
    '共收到政府信息公开申请20余件。',
    '印发《关于做好政府信息公开申请办理工作的通知》等3个文件。',
    '全文包括总体情况、行政复议和行政诉讼情况等六个部分。',
    '组织开展依申请公开培训2次，共办理行政复议案件120件。',
    '制定规章制度5个。',
    '收到政府信息公开申请后5个工作日内登记。',
    '收到申请后建立一个台账，逐件办理。',
  ];
  for (const prose of traps) assert.deepEqual(mentionsOf(withProse(prose)).mentions.map(summary), [], prose);
});

test('shares are recomputed from the table', () => {
  const ok = mentionsOf(withProse('本年共收到政府信息公开申请12件，予以公开6件，占50%，部分公开2件，占比16.67%。'));
  const shares = ok.mentions.filter((m) => m.kind === 'share');
  assert.equal(shares.length, 2);
  for (const s of shares) assert.equal(compareMention(ok.report, s).status, 'agrees');
  const off = mentionsOf(withProse('本年共收到政府信息公开申请12件，予以公开6件，占60%。'));
  const share = off.mentions.find((m) => m.kind === 'share')!;
  assert.equal(compareMention(off.report, share).status, 'differs');
  // A share that follows a received count is of something else (全市…): not read.
  assert.equal(mentionsOf(withProse('本年共收到政府信息公开申请12件，占全市的3.5%。')).mentions.filter((m) => m.kind === 'share').length, 0);
});

test('a figure equal to new + carried over is an alternative reading, not a mismatch', () => {
  const text = withProse('本年共受理政府信息公开申请13件。');
  const { report, mentions } = mentionsOf(text);
  const c = compareMention(report, mentions[0]!);
  assert.equal(c.status, 'agrees-alternative');
  assert.ok(!checkReport(text).findings.some((f) => f.code === 'GR403'));
  assert.equal(explainProseNumber(report, text.indexOf('示例市示例局坚持'), 'zh-CN'), undefined);
});

test('GR403 names both numbers and the cell; its fix puts the table’s number in', () => {
  const text = withProse('本年共收到政府信息公开申请12件，予以公开5件。');
  const f = checkReport(text).findings.find((x) => x.code === 'GR403')!;
  assert.ok(f);
  assert.equal(text.slice(f.span.start, f.span.end), '5');
  assert.match(f.message['zh-CN'], /5/);
  assert.match(f.message['zh-CN'], /6/);
  assert.match(f.message['zh-CN'], /予以公开/);
  assert.match(f.message.en, /s3\.granted\.total/);
  assert.deepEqual(f.cells, ['s3.granted.total']);
  assert.equal(f.fixes?.[0]?.edits[0]?.newText, '6');
  const hover = explainProseNumber(parseReport(text), f.span.start, 'zh-CN')!;
  assert.match(hover.verdict, /✗/);
});

const seedText = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');

test('seeds: the figures counted by hand are read, no trap is, none disagrees with its table', (t) => {
  let counted = 0;
  let found = 0;
  const missed: string[] = [];
  for (const [name, expected] of Object.entries(FIGURES.seeds)) {
    const text = seedText(name);
    const report = parseReport(text);
    const mentions = proseMentions(report);
    for (const figure of expected.figures) {
      counted++;
      const at = text.indexOf(figure.phrase);
      assert.ok(at >= 0, `${name}: phrase ${figure.phrase}`);
      const m = mentions.find((x) => x.span.start >= at && x.span.end <= at + figure.phrase.length && Number(x.value.units) === figure.value);
      if (m) found++;
      else missed.push(`${name}: ${figure.phrase}`);
    }
    for (const trap of expected.traps) {
      const at = text.indexOf(trap);
      assert.ok(at >= 0, `${name}: trap ${trap}`);
      const read = mentions.filter((x) => x.span.start >= at && x.span.end <= at + trap.length);
      assert.deepEqual(read.map(summary), [], `${name}: trap “${trap}” must not be read`);
    }
    for (const m of mentions) assert.notEqual(compareMention(report, m).status, 'differs', `${name}: ${m.phrase}`);
  }
  t.diagnostic(`prose figures recognised in the five seeds: ${found} of ${counted} (${Math.round((100 * found) / counted)}%)`);
  assert.deepEqual(missed, []);
});

test('seeds: no GR403; changing a recognised figure in the prose is reported on it', () => {
  for (const name of Object.keys(FIGURES.seeds)) {
    const text = seedText(name);
    assert.deepEqual(checkReport(text).findings.filter((f) => f.code === 'GR403').map((f) => f.message.en), [], name);
    const report = parseReport(text);
    for (const m of proseMentions(report)) {
      if (!/^\d+$/.test(m.text) || compareMention(report, m).status !== 'agrees') continue;
      const changed = text.slice(0, m.span.start) + String(Number(m.text) + 1) + text.slice(m.span.end);
      const found = checkReport(changed).findings.filter((f) => f.code === 'GR403');
      assert.ok(found.some((f) => f.span.start === m.span.start), `${name}: ${m.phrase} + 1`);
    }
  }
});
