import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblems, editorSettingsSchema, resolveSettings } from './settings';

describe('resolveSettings', () => {
  it('nothing given: every default, the editor locale', () => {
    const { settings, problems } = resolveSettings(undefined, 'en');
    assert.deepEqual(problems, []);
    assert.equal(settings.locale, 'en');
    assert.equal(settings.check.locale, 'en');
    assert.deepEqual({ ...settings, locale: undefined, check: undefined }, { ...editorSettingsSchema.parse({}), locale: undefined, check: undefined });
  });

  it('null values (unset in VS Code) are defaults, not errors', () => {
    const { problems, settings } = resolveSettings({ debounce: null, rules: null, locale: null }, 'zh-CN');
    assert.deepEqual(problems, []);
    assert.equal(settings.debounce, 200);
  });

  it('govReport.locale overrides the editor; the core options get it', () => {
    const { settings } = resolveSettings({ locale: 'zh-CN' }, 'en');
    assert.equal(settings.locale, 'zh-CN');
    assert.equal(settings.check.locale, 'zh-CN');
  });

  it('a bad field falls back alone; the others are kept', () => {
    const { settings, problems } = resolveSettings({ debounce: -5, codeLens: false, detect: 'maybe' }, 'zh-CN');
    assert.equal(settings.debounce, 200);
    assert.equal(settings.detect, 'auto');
    assert.equal(settings.codeLens, false);
    assert.deepEqual(problems.map((p) => p.setting), ['govReport.detect', 'govReport.debounce']);
  });

  it('rules: a bad entry is dropped alone, `info` is accepted, slugs work, unknown codes are reported', () => {
    const { settings, problems } = resolveSettings({ rules: { GR301: 'loud', GR302: 'info', 'blank-cell': 'off', GR999: 'off' } }, 'zh-CN');
    assert.deepEqual(settings.check.rules, { GR302: 'information', GR201: 'off' });
    assert.deepEqual(problems.map((p) => p.setting), ['govReport.rules.GR301', 'govReport.rules.GR999']);
  });

  it('rules: codes, slugs and severities in any case, as the core and the CLI read them', () => {
    const { settings, problems } = resolveSettings({ rules: { gr301: 'OFF', GR201: 'Warn', 'Label-Typo': 'Hint' } }, 'zh-CN');
    assert.deepEqual(problems, []);
    assert.deepEqual(settings.check.rules, { GR301: 'off', GR201: 'warning', GR205: 'hint' });
  });

  it('a rule’s own option is a setting: govReport.repeatedTextThreshold', () => {
    assert.equal(resolveSettings({ repeatedTextThreshold: 0.8 }, 'zh-CN').settings.check.repeatedTextThreshold, 0.8);
    const { settings, problems } = resolveSettings({ repeatedTextThreshold: 3 }, 'zh-CN');
    assert.equal(settings.check.repeatedTextThreshold, 0.5);
    assert.deepEqual(problems.map((p) => p.setting), ['govReport.repeatedTextThreshold']);
  });

  it('not an object at all: one problem, all defaults', () => {
    const { settings, problems } = resolveSettings('yes', 'zh-CN');
    assert.equal(problems.length, 1);
    assert.equal(settings.enable, true);
  });

  it('the message names every setting and the default used, in the locale', () => {
    const { problems } = resolveSettings({ debounce: 'fast' }, 'zh-CN');
    assert.match(describeProblems(problems, 'zh-CN'), /^政府信息公开年报检查：以下设置无效，已改用默认值：govReport\.debounce（.*改用 200）$/);
    assert.match(describeProblems(problems, 'en'), /govReport\.debounce \(.*; using 200\)/);
  });
});
