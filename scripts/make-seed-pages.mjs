// Renders seeds as web pages and prints them to PDF with headless Chromium, for the readers' tests:
//   test-fixtures/html/000-page.html   seed 000 inside a government-site page (navigation, scripts, related files, footer)
//   test-fixtures/pdf/000-borders.pdf  seed 000, tables with borders
//   test-fixtures/pdf/002-no-borders.pdf seed 002, tables without borders
//   test-fixtures/pdf/000-break.pdf    seed 000 with 表三 broken across two pages (its header rows repeated by the browser)
// A seed line with tabs is a table row (consecutive rows, one table); `#` lines are headings; others paragraphs.
// Usage: node scripts/make-seed-pages.mjs [path to chromium]   (needs Chromium and CJK fonts; no network)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.argv[2] ?? '/usr/bin/chromium';
const seed = (name) => readFileSync(join(root, 'test-fixtures/seeds', name), 'utf8');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Seed text → HTML body. `breakTable3` puts a page break before the 8th body row of the table in section 三, under a repeated header. */
function body(text, { breakTable3 = false } = {}) {
  const out = [];
  let rows = [];
  let section = '';
  const flush = () => {
    if (rows.length === 0) return;
    const breaking = breakTable3 && section.startsWith('三');
    const tr = (cells, i) => `<tr${breaking && i === 7 ? ' class="break"' : ''}>${cells.map((c) => `<td>${escape(c.trim())}</td>`).join('')}</tr>`;
    const head = breaking ? `<thead>${rows.slice(0, 2).map((r) => tr(r, -1)).join('')}</thead>` : '';
    out.push(`<table>${head}<tbody>${(breaking ? rows.slice(2) : rows).map(tr).join('\n')}</tbody></table>`);
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t')) { rows.push(line.split('\t')); continue; }
    flush();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const m = /^([一二三四五六])、/.exec(heading[2]);
      if (m) section = m[1];
      out.push(`<h${heading[1].length}>${escape(heading[2])}</h${heading[1].length}>`);
    } else if (line.trim() !== '') out.push(`<p>${escape(line.trim())}</p>`);
  }
  flush();
  return out.join('\n');
}

const style = (borders) => `<style>
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; margin: 0; }
h1 { font-size: 16pt; text-align: center; } h2, h3, h4 { font-size: 12pt; }
p { text-indent: 2em; line-height: 1.5; margin: 0.3em 0; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 0.5em 0; }
td { padding: 2px 3px; text-align: center; ${borders ? 'border: 0.75pt solid #000;' : 'border: none;'} }
tr.break { break-before: page; }
@page { size: A4; margin: 20mm 18mm; }
</style>`;

const page = (content, borders) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>年报</title>${style(borders)}</head><body>\n${content}\n</body></html>`;

/** A saved government web page: the report inside its content area, furniture around it. */
const sitePage = (content) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政府信息公开年度报告</title>
<script>var _hmt = _hmt || []; document.write('<div>统计脚本</div>');</script>
<style>.nav a { margin: 0 1em; }</style></head>
<body>
<div class="header"><img src="logo.png" alt="烟台市人民政府"> 烟台市人民政府 门户网站</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/hdjl">互动交流</a><a href="/bsfw">办事服务</a></div>
<div class="location">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="main"><div class="article">
${content}
</div>
<div class="xgwj"><p>相关文件</p><ul><li><a href="/a">烟台市人民政府办公室2019年政府信息公开工作年度报告</a></li><li><a href="/b">烟台市人民政府办公室2018年政府信息公开工作年度报告</a></li></ul></div>
<div class="share">分享到：微信 微博</div>
</div>
<div class="footer"><p>主办：烟台市人民政府办公室&nbsp;&nbsp;联系电话：0535-0000000</p><p>鲁ICP备00000000号</p></div>
<script src="/js/jquery.min.js"></script>
</body></html>
`;

function printPdf(html, out) {
  const dir = mkdtempSync(join(tmpdir(), 'seed-pdf-'));
  try {
    writeFileSync(join(dir, 'page.html'), html);
    const r = spawnSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer',
      `--print-to-pdf=${out}`, `file://${join(dir, 'page.html')}`,
    ], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`chromium failed (${r.status}): ${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const s000 = seed('000_a0b6767ae323edb5.txt');
const s002 = seed('002_a396c34b029e10e9.txt');
writeFileSync(join(root, 'test-fixtures/html/000-page.html'), sitePage(body(s000)));
printPdf(page(body(s000), true), join(root, 'test-fixtures/pdf/000-borders.pdf'));
printPdf(page(body(s002), false), join(root, 'test-fixtures/pdf/002-no-borders.pdf'));
printPdf(page(body(s000, { breakTable3: true }), true), join(root, 'test-fixtures/pdf/000-break.pdf'));
console.log('wrote test-fixtures/html/000-page.html and three PDFs in test-fixtures/pdf/');
