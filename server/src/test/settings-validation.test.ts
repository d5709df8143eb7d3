import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_OPTIONS, optionsSchema, resolveOptions } from '../core/options';
import { RULES } from '../core/rules';
import { Random } from '../fuzz/random';
import { describeProblems, resolveSettings, settingsSchema } from '../lsp/settings';
import { SEED_2023 } from './lsp/fixtures';
import { Harness, seedText } from './lsp/harness';

/** Values of every JSON type and then some, nested a little: what a settings file or a client can send. */
function randomValue(rng: Random, depth = 0): unknown {
  const pick = rng.int(depth > 2 ? 9 : 12);
  switch (pick) {
    case 0: return undefined;
    case 1: return null;
    case 2: return rng.chance(0.5);
    case 3: return rng.pick([0, -1, 1, 0.5, 1.5, 200, -200, 10_001, 1e308, -0, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER]);
    case 4: return rng.pick(['', 'off', 'error', 'warning', 'info', 'information', 'hint', 'fatal', 'auto', 'always', 'never', 'zh-CN', 'en', 'fr', 'GR301', '200', 'true']);
    case 5: return 'x'.repeat(rng.int(5000));
    case 6: return rng.pick(RULES).code;
    case 7: return rng.pick(RULES).slug;
    case 8: return String.fromCharCode(rng.int(0x10000));
    case 9: return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
    default: {
      const keys = ['enable', 'detect', 'debounce', 'codeLens', 'inlayHints', 'locale', 'rules', 'repeatedTextThreshold', '__proto__', 'constructor', 'GR301', 'row-total', 'gr302', 'GR999', ''];
      const out: Record<string, unknown> = {};
      for (let i = rng.int(6); i > 0; i--) Object.defineProperty(out, rng.pick(keys), { value: randomValue(rng, depth + 1), enumerable: true, configurable: true, writable: true });
      return out;
    }
  }
}

describe('core options (resolveOptions): one problem per invalid field, named; defaults used; never throws', () => {
  it('wrong types and out-of-range numbers fall back to the default, naming the option', () => {
    const cases: [unknown, string][] = [
      [{ locale: 'fr' }, 'locale'],
      [{ locale: 5 }, 'locale'],
      [{ repeatedTextThreshold: 2 }, 'repeatedTextThreshold'],
      [{ repeatedTextThreshold: -0.1 }, 'repeatedTextThreshold'],
      [{ repeatedTextThreshold: '0.5' }, 'repeatedTextThreshold'],
      [{ repeatedTextThreshold: NaN }, 'repeatedTextThreshold'],
      [{ rules: 'GR301=off' }, 'rules'],
      [{ rules: ['GR301'] }, 'rules'],
      [{ colour: 'red' }, 'colour'],
    ];
    for (const [input, path] of cases) {
      const { options, problems } = resolveOptions(input);
      assert.deepEqual(problems.map((p) => p.path), [path], JSON.stringify(input));
      assert.deepEqual(options, DEFAULT_OPTIONS, `defaults for ${JSON.stringify(input)}`);
      assert.ok(problems[0]!.message.length > 0 && problems[0]!.message.length < 200);
    }
    for (const input of [5, 'x', [], true]) {
      const { options, problems } = resolveOptions(input);
      assert.deepEqual(options, DEFAULT_OPTIONS);
      assert.equal(problems.length, 1);
    }
    assert.deepEqual(resolveOptions(undefined), { options: DEFAULT_OPTIONS, problems: [] });
    assert.deepEqual(resolveOptions(null), { options: DEFAULT_OPTIONS, problems: [] });
    assert.deepEqual(resolveOptions({ locale: null, repeatedTextThreshold: null, rules: null }), { options: DEFAULT_OPTIONS, problems: [] }, 'null is unset');
  });

  it('an unknown rule code or slug is reported by name and dropped; the valid entries are kept', () => {
    const { options, problems } = resolveOptions({
      locale: 'en', rules: { GR301: 'off', GR999: 'off', 'no-such-rule': 'error', GR303: 'fatal', 'label-typo': 'hint', gr302: 'warning', GR101: 'info' },
    });
    assert.equal(options.locale, 'en', 'a valid field beside invalid rule entries is kept');
    assert.deepEqual(options.rules, { GR301: 'off', GR205: 'hint', GR302: 'warning', GR101: 'information' });
    assert.deepEqual(problems.map((p) => p.path), ['rules.GR999', 'rules.no-such-rule', 'rules.GR303']);
    assert.match(problems[0]!.message, /unknown rule code "GR999"/);
    assert.match(problems[1]!.message, /unknown rule code "no-such-rule"/);
    assert.match(problems[2]!.message, /fatal/);
  });

  it('a rule given by code wins over the same rule given by slug, in any order', () => {
    assert.deepEqual(resolveOptions({ rules: { 'row-total': 'hint', GR301: 'off' } }).options.rules, { GR301: 'off' });
    assert.deepEqual(resolveOptions({ rules: { GR301: 'off', 'row-total': 'hint' } }).options.rules, { GR301: 'off' });
  });

  it('any value at all (1,000 random ones): no throw, options the schema accepts, problems with a path', () => {
    const rng = new Random(42);
    for (let i = 0; i < 1000; i++) {
      const input = randomValue(rng);
      const { options, problems } = resolveOptions(input);
      assert.ok(optionsSchema.safeParse(options).success, `valid options for ${String(i)}`);
      for (const rule of Object.keys(options.rules)) assert.ok(RULES.some((r) => r.code === rule), `only known rule codes kept (${rule})`);
      for (const p of problems) assert.ok(typeof p.path === 'string' && p.message.length > 0 && p.message.length < 300);
    }
  });
});

describe('editor settings (govReport.*): every setting validated', () => {
  const bad: Record<string, unknown[]> = {
    enable: ['yes', 1, {}],
    detect: ['sometimes', true, 3],
    debounce: [-1, 10_001, 1.5, '200', NaN, Infinity],
    codeLens: [1, 'false'],
    inlayHints: ['no', []],
    locale: ['fr', 'zh', 1],
    repeatedTextThreshold: [2, -1, 'half'],
    rules: ['GR301=off', [1], 5],
  };

  it('the table covers every setting of both schemas', () => {
    const settings = new Set(Object.keys(settingsSchema.shape));
    assert.deepEqual([...settings].sort(), Object.keys(bad).sort());
  });

  for (const [key, values] of Object.entries(bad)) {
    it(`govReport.${key}: a wrong type or an out-of-range value gives one message naming it, and the default`, () => {
      const defaults = resolveSettings({}, 'zh-CN').settings;
      for (const value of values) {
        const { settings, problems } = resolveSettings({ [key]: value, debounce: key === 'debounce' ? value : 0 }, 'zh-CN');
        assert.deepEqual(problems.map((p) => p.setting), [`govReport.${key}`], `${key} = ${String(value)}`);
        const message = describeProblems(problems, 'zh-CN');
        assert.match(message, new RegExp(`govReport\\.${key}`));
        assert.equal(message.split('\n').length, 1, 'one line');
        const expected = key === 'debounce' ? defaults.debounce : 0;
        assert.equal(settings.debounce, expected);
        if (key !== 'debounce') {
          const setting = key in settings ? (settings as unknown as Record<string, unknown>)[key] : (settings.check as unknown as Record<string, unknown>)[key];
          const fallback = key in settings ? (defaults as unknown as Record<string, unknown>)[key] : (defaults.check as unknown as Record<string, unknown>)[key];
          assert.deepEqual(setting, fallback, `default of ${key} used`);
        }
      }
    });
  }

  it('unknown rule codes and bad severities are named one by one; the valid entries are kept', () => {
    const { settings, problems } = resolveSettings({ rules: { GR999: 'off', GR301: 'fatal', GR101: 'off' } }, 'en');
    assert.deepEqual(problems.map((p) => p.setting), ['govReport.rules.GR999', 'govReport.rules.GR301']);
    assert.deepEqual(settings.check.rules, { GR101: 'off' });
    const message = describeProblems(problems, 'en');
    assert.match(message, /govReport\.rules\.GR999 \(unknown rule code/);
  });

  it('thousands of invalid entries make one short message with a count', () => {
    const rules = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`X${i}`, 'off']));
    const { problems } = resolveSettings({ rules }, 'en');
    assert.equal(problems.length, 5000);
    const message = describeProblems(problems, 'en');
    assert.ok(message.length < 2000, `${message.length} characters`);
    assert.match(message, /4990 more/);
  });

  it('any value at all (1,000 random ones, cycles included): no throw, settings usable', () => {
    const rng = new Random(7);
    for (let i = 0; i < 1000; i++) {
      const input = randomValue(rng);
      if (i % 50 === 0 && typeof input === 'object' && input !== null) (input as Record<string, unknown>).rules = { GR301: input };
      const { settings, problems } = resolveSettings(input, 'en');
      assert.ok(Number.isInteger(settings.debounce) && settings.debounce >= 0 && settings.debounce <= 10_000);
      assert.ok(typeof settings.enable === 'boolean' && ['auto', 'always', 'never'].includes(settings.detect));
      assert.ok(optionsSchema.safeParse(settings.check).success);
      assert.ok(describeProblems(problems, 'zh-CN').length < 5000);
    }
  });
});

describe('hostile settings over the protocol', () => {
  it('garbage of every kind: one message each time it changes, the server keeps checking with defaults', async () => {
    const harness = await Harness.start({ settings: 42 });
    try {
      const first = harness.messages.all[0] ?? await harness.messages.next(() => true, 'a message about the settings');
      assert.match(first.message, /govReport/);
      const uri = 'file:///settings/hostile.report.md';
      const published = await harness.open(uri, seedText(SEED_2023));
      assert.ok(published.diagnostics.length >= 0);
      const rng = new Random(99);
      for (let i = 0; i < 20; i++) {
        const settings = i === 0 ? { rules: Object.fromEntries(Array.from({ length: 10_000 }, (_, k) => [`R${k}`, 'off'])), debounce: 0 } : { ...(randomValue(rng) as object), debounce: 0 };
        const republished = harness.diagnostics.next((p) => p.uri === uri, `diagnostics after settings change ${i}`);
        await harness.changeSettings(settings);
        const after = await republished;
        assert.ok(Array.isArray(after.diagnostics));
      }
      for (const m of harness.messages.all) assert.ok(m.message.length < 5000, `message of ${m.message.length} characters`);
    } finally {
      await harness.dispose();
    }
  });
});
