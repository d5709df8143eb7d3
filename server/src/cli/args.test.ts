import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../core/rules';
import { DEFAULT_MAX_SIZE, parseArgs, parseSize } from './args';

const command = (argv: string[]) => {
  const parsed = parseArgs(argv);
  assert.ok('command' in parsed, 'error' in parsed ? parsed.error : '');
  return parsed.command;
};
const error = (argv: string[]): string => {
  const parsed = parseArgs(argv);
  assert.ok('error' in parsed, `expected an error for ${argv.join(' ')}`);
  assert.ok(!parsed.error.includes('\n'), 'one line');
  return parsed.error;
};

test('check: defaults, formats, locale, --opt=value and --opt value', () => {
  const c = command(['check', 'a.txt', 'dir']);
  assert.equal(c.kind, 'check');
  if (c.kind !== 'check') return;
  assert.deepEqual(c.inputs, ['a.txt', 'dir']);
  assert.equal(c.format, 'text');
  assert.equal(c.locale, 'zh-CN');
  assert.equal(c.maxSize, DEFAULT_MAX_SIZE);
  const d = command(['check', '--format=sarif', '--locale', 'en', 'x', '--max-size', '1MB', '--jobs', '3']);
  assert.ok(d.kind === 'check' && d.format === 'sarif' && d.locale === 'en' && d.maxSize === 1024 ** 2 && d.jobs === 3 && d.options.locale === 'en');
  const e = command(['check', '--', '--format']);
  assert.ok(e.kind === 'check' && e.inputs[0] === '--format');
});

test('--rule sets severities by code or slug; unknown rules and levels are usage errors', () => {
  const rule = RULES[0];
  assert.ok(rule, 'the registry has rules');
  const c = command(['check', 'x', '--rule', `${rule.code}=off`, `--rule=${rule.slug}=info`]);
  assert.ok(c.kind === 'check');
  if (c.kind === 'check') assert.equal(c.options.rules[rule.code], 'information');
  assert.match(error(['check', 'x', '--rule', 'GR999=off']), /GR999/);
  assert.match(error(['check', 'x', '--rule', `${rule.code}=loud`]), /--rule/);
  assert.match(error(['check', 'x', '--rule', 'nonsense']), /--rule/);
});

test('usage errors: one line each, in the chosen locale', () => {
  assert.match(error([]), /缺少命令/);
  assert.match(error(['frobnicate']), /frobnicate/);
  assert.match(error(['check', 'x', '--bogus']), /--bogus/);
  assert.match(error(['check', 'x', '--locale', 'en', '--bogus']), /unknown option/);
  assert.match(error(['check']), /check/);
  assert.match(error(['check', 'x', '--format', 'csv']), /csv/);
  assert.match(error(['extract', 'x', '--format', 'sarif']), /sarif/);
  assert.match(error(['check', 'x', '--format']), /--format/);
  assert.match(error(['check', 'x', '--locale', 'fr']), /fr/);
  assert.match(error(['check', 'x', '--max-size', 'lots']), /lots/);
  assert.match(error(['check', 'x', '--jobs', '0']), /--jobs/);
  assert.match(error(['explain', 'x']), /explain/);
  assert.match(error(['explain', 'x', '0:1']), /0:1/);
  assert.match(error(['explain', 'x', '3']), /3/);
  assert.match(error(['lsp']), /--stdio/);
  assert.match(error(['lsp', '--socket=1']), /--socket/);
});

test('help, version, explain and lsp commands', () => {
  assert.deepEqual(command(['--help']), { kind: 'help', locale: 'zh-CN' });
  assert.deepEqual(command(['check', '-h', '--locale', 'en']), { kind: 'help', locale: 'en' });
  assert.deepEqual(command(['--version']), { kind: 'version' });
  assert.deepEqual(command(['lsp', '--stdio']), { kind: 'lsp' });
  assert.deepEqual(command(['lsp', '--stdio', '--clientProcessId=42']), { kind: 'lsp' });
  assert.deepEqual(command(['lsp', '--clientProcessId', '42', '--stdio']), { kind: 'lsp' });
  const e = command(['explain', 'r.txt', '12:5', '--format', 'json']);
  assert.ok(e.kind === 'explain' && e.file === 'r.txt' && e.line === 12 && e.column === 5 && e.format === 'json');
});

test('sizes', () => {
  assert.equal(parseSize('20MB'), 20 * 1024 ** 2);
  assert.equal(parseSize('500kb'), 500 * 1024);
  assert.equal(parseSize('1048576'), 1048576);
  assert.equal(parseSize('1.5k'), 1536);
  assert.equal(parseSize('0'), undefined);
  assert.equal(parseSize('-1MB'), undefined);
  assert.equal(parseSize('12XB'), undefined);
});

test('--rule reads codes, slugs and severities in any case; severities are the core’s (warn, info)', () => {
  const c = command(['check', 'x', '--rule', 'gr201=OFF', '--rule', 'Row-Total=Warn,GR302:info']);
  assert.ok(c.kind === 'check');
  if (c.kind === 'check') assert.deepEqual(c.options.rules, { GR201: 'off', GR301: 'warning', GR302: 'information' });
});

test('a rule’s own option has a flag: --repeated-text-threshold (GR406), validated by the options schema', () => {
  const c = command(['check', 'x', '--repeated-text-threshold', '0.8']);
  assert.ok(c.kind === 'check' && c.options.repeatedTextThreshold === 0.8);
  const d = command(['check', 'x']);
  assert.ok(d.kind === 'check' && d.options.repeatedTextThreshold === 0.5, 'the default');
  assert.match(error(['check', 'x', '--repeated-text-threshold', '2']), /--repeated-text-threshold/);
  assert.match(error(['check', 'x', '--repeated-text-threshold=half']), /half/);
  assert.match(error(['extract', 'x', '--repeated-text-threshold', '0.5']), /--repeated-text-threshold/);
});
