import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { checkReport } from '../../core/check';
import { TABLE3_NOTE, tableSpec } from '../../core/spec';
import { renderTableTemplate } from '../../core/templates';
import { SERVER_COMMANDS, STATUS_NOTIFICATION } from '../../lsp/protocol';
import { editorSettingsSchema, settingsSchema } from '../../lsp/settings';
import { renderGrammar, renderInjectionGrammar, renderSnippets, settingProperties, settingsNls } from '../../tools/editor-assets';
import { describedSettings } from '../../tools/settings-manifest';
import { RULES } from '../../core/rules';
import { REPO_ROOT } from './harness';

const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');
const readJson = (path: string): any => JSON.parse(read(path)); // eslint-disable-line @typescript-eslint/no-explicit-any
const REGENERATE = 'run `npm run build && node scripts/gen-editor-assets.mjs`';

describe('generated editor files are current', () => {
  it('grammars, snippets, every setting and its texts', () => {
    assert.deepEqual(readJson('syntaxes/gov-report.tmLanguage.json'), renderGrammar(), REGENERATE);
    assert.deepEqual(readJson('syntaxes/gov-report.markdown-injection.tmLanguage.json'), renderInjectionGrammar(), REGENERATE);
    assert.deepEqual(readJson('snippets/gov-report.json'), renderSnippets(), REGENERATE);
    assert.deepEqual(readJson('package.json').contributes.configuration.properties, settingProperties(), REGENERATE);
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    for (const [key, value] of Object.entries(settingsNls('en'))) assert.equal(en[key], value, REGENERATE);
    for (const [key, value] of Object.entries(settingsNls('zh-CN'))) assert.equal(zh[key], value, REGENERATE);
  });

  it('every field of the settings schema is described, and every rule is a key of govReport.rules with its title', () => {
    assert.deepEqual(describedSettings().sort(), Object.keys(settingsSchema.shape).sort());
    const rules = settingProperties()['govReport.rules'] as { properties: Record<string, { markdownDescription: string }> };
    assert.deepEqual(Object.keys(rules.properties), RULES.map((r) => r.code));
    for (const rule of RULES) {
      assert.match(settingsNls('zh-CN')[`config.rules.${rule.code}`]!, new RegExp(rule.title['zh-CN']));
      assert.ok(settingsNls('en')[`config.rules.${rule.code}`]!.includes(rule.title.en));
    }
  });

  it('every govReport.* setting a rule’s text names exists', () => {
    const settings = new Set(Object.keys(settingProperties()));
    for (const rule of RULES) {
      for (const text of [rule.description['zh-CN'], rule.description.en]) {
        for (const [name] of text.matchAll(/govReport\.[A-Za-z.]+[A-Za-z]/g)) assert.ok(settings.has(name), `${rule.code} names ${name}`);
      }
    }
  });
});

describe('the manifest', () => {
  const manifest = readJson('package.json');

  it('every %key% has an English and a Chinese text, and the two files have the same keys', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    for (const key of keys) {
      assert.ok(en[key], `package.nls.json has ${key}`);
      assert.ok(zh[key], `package.nls.zh-cn.json has ${key}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    assert.equal(zh['command.insertTemplate'], '插入现行格式表格（2021年版）');
    assert.equal(zh['command.newReport'], '新建政府信息公开年度报告');
    assert.equal(zh['command.checkWorkspace'], '检查工作区中的全部年报');
  });

  it('the settings and their defaults are the server\'s', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: unknown[] }>;
    const defaults = settingsSchema.parse({}) as Record<string, unknown>;
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(defaults).map((k) => `govReport.${k}`).sort());
    for (const [key, value] of Object.entries(defaults)) assert.deepEqual(properties[`govReport.${key}`]!.default, value, `default of govReport.${key}`);
    for (const key of ['detect', 'locale'] as const) {
      assert.deepEqual(properties[`govReport.${key}`]!.enum, editorSettingsSchema.shape[key].removeDefault().options);
    }
  });

  it('activation, language, grammar, snippets, fix-all and workspace capabilities', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:gov-report', 'onLanguage:markdown', 'onLanguage:plaintext']);
    assert.equal(manifest.main, './dist/client.js');
    assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'gov-report');
    assert.deepEqual(language.extensions, ['.report.md', '.report.txt']);
    assert.ok(manifest.contributes.grammars.some((g: { injectTo?: string[] }) => g.injectTo?.includes('text.html.markdown')));
    assert.ok(manifest.contributes.codeActions[0].actions.some((a: { kind: string }) => a.kind === 'source.fixAll.govReport'));
    assert.deepEqual(manifest.contributes.commands.map((c: { command: string }) => c.command), ['govReport.insertTemplate', 'govReport.newReport', 'govReport.checkWorkspace', 'govReport.checkFile', 'govReport.convertToMarkdown']);
    // 检查此年报文件 and 转为可编辑的 Markdown 年报: on .docx/.pdf/.html in the Explorer; the first also as an editor title button.
    for (const menu of ['explorer/context', 'editor/title']) {
      assert.ok(manifest.contributes.menus[menu].every((m: { when: string }) => m.when.includes('docx|pdf|html?')), menu);
    }
  });

  it('the client takes the command and notification names from the server\'s protocol module, never spelled out', () => {
    const sources = ['client/src/extension.ts', 'client/src/commands.ts', 'client/src/status.ts', 'client/src/document-view.ts'].map(read).join('\n');
    assert.ok(sources.includes("from '../../server/src/lsp/protocol'"));
    for (const name of [...Object.values(SERVER_COMMANDS), STATUS_NOTIFICATION]) assert.ok(!sources.includes(`'${name}'`), `client spells out ${name}`);
  });
});

describe('snippets', () => {
  const snippets = renderSnippets() as Record<string, { prefix: string[]; body: string[] }>;
  const fill = (body: string[], value: string): string =>
    body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}/g, value).replace(/\\([$}\\])/g, '$1');

  it('the table snippets are the core\'s templates with a tab stop in each cell', () => {
    for (const [id, prefix] of [['s2', '表二'], ['s3', '表三'], ['s4', '表四']] as const) {
      const snippet = Object.values(snippets).find((s) => s.prefix[0] === prefix)!;
      const keys = tableSpec(id, '2023').rows.flatMap((r) => r.columns.map((c) => `${id}.${r.key}.${c.key}`));
      assert.equal(fill(snippet.body, '7'), renderTableTemplate(id, 'pipe', new Map(keys.map((k) => [k, '7']))).trimEnd());
      const cells = keys.length;
      assert.equal(snippet.body.join('\n').match(/\$\{\d+\}/g)?.length, cells, `one tab stop per cell of ${prefix}`);
    }
  });

  it('the skeleton is an unfilled report: its only errors are GR110 (placeholders, blank tables), one blank-cell finding per table', () => {
    const skeleton = Object.values(snippets).find((s) => s.prefix[0] === '年报')!;
    const text = fill(skeleton.body, '0');
    assert.match(text, /某某市人民政府办公室2024年政府信息公开工作年度报告/);
    const { findings } = checkReport(text);
    const errors = findings.filter((f) => f.severity === 'error');
    assert.ok(errors.length > 0 && errors.every((f) => f.code === 'GR110'), errors.map((f) => `${f.code} ${f.message.en}`).join('; '));
    assert.equal(findings.filter((f) => f.code === 'GR201').length, 3, 'one finding per blank table');
  });
});

describe('grammars (tokenized with vscode-textmate and Oniguruma, as VS Code does)', () => {
  let grammar: IGrammar;
  let injection: IGrammar;

  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const files: Record<string, string> = {
      'text.gov-report': 'syntaxes/gov-report.tmLanguage.json',
      'text.gov-report.injection': 'syntaxes/gov-report.markdown-injection.tmLanguage.json',
    };
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new OnigScanner(p), createOnigString: (s: string) => new OnigString(s) }),
      loadGrammar: async (scope: string) => (files[scope] ? parseRawGrammar(read(files[scope]!), join(REPO_ROOT, files[scope]!)) : null),
    });
    grammar = (await registry.loadGrammar('text.gov-report'))!;
    injection = (await registry.loadGrammar('text.gov-report.injection'))!;
  });

  const scopesOf = (g: IGrammar, line: string, text: string): string[] => {
    const { tokens } = g.tokenizeLine(line, INITIAL);
    const start = line.indexOf(text);
    assert.ok(start >= 0);
    return tokens.find((t) => t.startIndex <= start && start < t.endIndex)?.scopes ?? [];
  };
  const has = (scopes: string[], prefix: string): boolean => scopes.some((s) => s.startsWith(prefix));

  it('section headings 一、…六、 in every style, not 表三\'s 一、 labels', () => {
    for (const line of ['## 三、收到和处理政府信息公开申请情况', '**六、其他需要报告的事项**', '四、政府信息公开行政复议、行政诉讼情况', '2、主动公开政府信息情况']) {
      assert.ok(has(scopesOf(grammar, line, line.match(/[收其政主]/)![0]), 'entity.name.section'), line);
    }
    assert.ok(!has(scopesOf(grammar, '一、本年新收政府信息公开申请数量\t72\t5', '本年新收'), 'markup.heading.section'));
  });

  it('the title, table labels, sub-numbering, numbers and the 勾稽关系 note', () => {
    assert.ok(has(scopesOf(grammar, '# 烟台市人民政府办公室2023年政府信息公开工作年度报告', '烟台'), 'entity.name.section.title'));
    const row = '| （三）不予公开 | 1.属于国家秘密 | 12 | 0 | 107.20 |';
    assert.ok(has(scopesOf(grammar, row, '属于国家秘密'), 'entity.name.type.label'));
    assert.ok(has(scopesOf(grammar, row, '（三）'), 'constant.character.numbering'));
    assert.ok(has(scopesOf(grammar, row, '1.'), 'constant.character.numbering'));
    assert.ok(has(scopesOf(grammar, row, '12'), 'constant.numeric'));
    assert.ok(has(scopesOf(grammar, row, '107.20'), 'constant.numeric'));
    assert.ok(has(scopesOf(grammar, TABLE3_NOTE, '勾稽关系'), 'comment.block.note'));
  });

  it('words of table labels in prose keep the text colour (no label scope, nothing a theme shows as an error)', () => {
    const prose = '本机关办理行政复议案件，其他信息内容均按时公开。';
    for (const word of ['行政复议', '其他', '信息内容']) {
      assert.ok(!has(scopesOf(grammar, prose, word), 'entity.name'), word);
      assert.ok(!has(scopesOf(injection, prose, word), 'entity.name'), `${word} (Markdown)`);
    }
    for (const line of ['| （三）不予公开 | 1.属于国家秘密 | 12 |', '行政复议\t12', '# 烟台市人民政府办公室2023年政府信息公开工作年度报告']) {
      const { tokens } = grammar.tokenizeLine(line, INITIAL);
      assert.ok(!tokens.some((t) => t.scopes.some((s) => s.startsWith('invalid'))), line);
    }
  });

  it('the Markdown injection: heading numbers, labels, whole-cell numbers only', () => {
    assert.ok(has(scopesOf(injection, '## 二、主动公开政府信息情况', '二'), 'constant.numeric.section-number'));
    assert.ok(has(scopesOf(injection, '| 行政许可 | 12 |', '12'), 'constant.numeric'));
    assert.ok(has(scopesOf(injection, '| 行政许可 | 12 |', '行政许可'), 'entity.name.type.label'));
    assert.ok(!has(scopesOf(injection, 'Released in 2023 with 12 fixes.', '12'), 'constant.numeric'), 'prose numbers keep Markdown\'s colours');
    assert.ok(has(scopesOf(injection, TABLE3_NOTE, '勾稽关系'), 'comment.block.note'));
  });
});
