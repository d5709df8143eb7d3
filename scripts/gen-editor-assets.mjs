// Regenerates the editor files that come from the core: syntaxes/*.tmLanguage.json, snippets/gov-report.json,
// every govReport.* setting in package.json and their texts (config.*) in package.nls*.json. Run after `npm run build`.
// A test (server/src/test/lsp/editor-assets.test.ts) fails when these files are out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const assets = require('../server/out/tools/editor-assets.js');

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const write = (path, value) => writeFileSync(path, json(value));

mkdirSync('syntaxes', { recursive: true });
mkdirSync('snippets', { recursive: true });
write('syntaxes/gov-report.tmLanguage.json', assets.renderGrammar());
write('syntaxes/gov-report.markdown-injection.tmLanguage.json', assets.renderInjectionGrammar());
write('snippets/gov-report.json', assets.renderSnippets());

// Targeted edits of shared files: only the keys generated here change.
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes.configuration.properties = assets.settingProperties();
write('package.json', manifest);
for (const [file, locale] of [['package.nls.json', 'en'], ['package.nls.zh-cn.json', 'zh-CN']]) {
  const nls = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of Object.keys(nls)) if (key.startsWith('config.') && key !== 'config.title') delete nls[key];
  write(file, { ...nls, ...assets.settingsNls(locale) });
}
console.log('wrote syntaxes/, snippets/, the govReport.* settings in package.json and package.nls*.json');
