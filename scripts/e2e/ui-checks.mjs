// The states of issue 13 ("the editor as a civil servant sees it"), screenshotted and asserted in the workbench:
// a new report (its file name, the status bar item, at most one finding per table and per section, no
// ambiguous-Unicode boxes) and the govReport.rules setting (titles, not bare codes). The hover on a broken
// total is checked in ui-run.mjs, where the total is broken. Each check is recorded, not thrown, so one
// failing check does not hide the others; run-code-server.mjs decides (TODO below).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../..');

/**
 * Checks whose feature another helper is building: they run and report, but do not fail the run yet.
 * Remove an entry when its feature is in main (the run prints "todo passes now" when it does).
 */
export const TODO = {};

const AGENCY = '某某县人民政府办公室';
const YEAR = 2024;
const TIMEOUT = 30_000;

/** Records a check; `ok` false with a detail says what was seen. */
export function recorder(say) {
  const checks = [];
  return {
    checks,
    record(id, ok, detail) {
      checks.push({ id, ok, detail, todo: TODO[id] });
      say(`[check] ${id}: ${ok ? 'pass' : TODO[id] ? `todo (${TODO[id]})` : 'FAIL'} — ${detail}`);
    },
  };
}

/** Runs a command from the palette by its title (Chinese or English, whichever the workbench shows). */
async function runCommand(page, titles) {
  for (const title of titles) {
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(title);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    if (await row.waitFor({ timeout: 5000 }).then(() => true, () => false)) {
      await row.click();
      return title;
    }
    await page.keyboard.press('Escape');
  }
  throw new Error(`no command titled ${titles.join(' / ')} in the palette`);
}

/** Waits for the input box asking `prompt` (the previous box may still be closing), types the answer, accepts it. */
async function answer(page, prompt, text) {
  await page.waitForFunction((source) => {
    const widget = document.querySelector('.quick-input-widget');
    return !!widget && widget.getClientRects().length > 0 && new RegExp(source).test(widget.textContent ?? '');
  }, prompt.source);
  await page.locator('.quick-input-widget input').fill(text);
  await page.keyboard.press('Enter');
}

/** Where each line of the new report belongs: the table it is in, else its section (1…6), else the preamble. */
function bucketsOf(text) {
  const { parseReport } = require(join(ROOT, 'server/out/core/parse'));
  const { lineStartsOf, offsetToPosition } = require(join(ROOT, 'server/out/core/positions'));
  const report = parseReport(text);
  const starts = lineStartsOf(text);
  const lineOf = (offset) => offsetToPosition(starts, offset).line;
  const tables = Object.values(report.tables).filter(Boolean).map((t) => ({ name: t.id, from: lineOf(t.span.start), to: lineOf(t.span.end) }));
  const sections = report.sections.map((s) => ({ name: `section ${s.index}`, from: lineOf(s.span.start), to: lineOf(s.span.end) }));
  return (line) => (tables.find((t) => t.from <= line && line <= t.to) ?? sections.find((s) => s.from <= line && line <= s.to))?.name ?? 'preamble';
}

/**
 * Folds every problem's related information in the Problems tree (a click on each open twistie below a file),
 * so that the problems themselves are the rows on screen: the tree renders only the rows in view.
 */
async function foldRelated(page) {
  const open = '.markers-panel .monaco-list-row[aria-level="2"][aria-expanded="true"]';
  // Folding one brings the next into view: fold until none is open, each by its place in the tree.
  for (let row = page.locator(open).first(); await row.count(); row = page.locator(open).first()) {
    const index = await row.getAttribute('data-index');
    await row.locator('.monaco-tl-twistie').click();
    await page.waitForSelector(`.markers-panel .monaco-list-row[data-index="${index}"][aria-expanded="false"]`);
  }
}

/** The Problems panel's rows as `{ code, line }` (related information folded, so that every problem is rendered). */
async function problemRows(page) {
  return page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((row) => {
    const text = row.textContent ?? '';
    const code = /GR\d{3}/.exec(text)?.[0];
    const at = /\[(?:Ln|行)\s*(\d+)/.exec(text);
    return { code, line: at ? Number(at[1]) - 1 : undefined, text: text.slice(0, 120) };
  }).filter((r) => r.code));
}

/** The count beside a file's node in the Problems panel (all its problems, rendered or not). */
const problemCount = (page, fileName) => page.evaluate((name) => {
  const row = [...document.querySelectorAll('.markers-panel .monaco-list-row')].find((r) => r.textContent?.includes(name));
  const badge = row?.querySelector('.monaco-count-badge')?.textContent?.trim();
  return badge ? Number(badge.replace(/\D/g, '')) : 0;
}, fileName);

/** Opens the Problems panel (Ctrl+Shift+M focuses it when it is open already) and waits for it to show. */
async function openProblems(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible' });
}

/** Hides the panel (Problems, Output…) when it shows, so the editor has its height back. */
export async function hidePanel(page) {
  if (await page.locator('.markers-panel').isVisible().catch(() => false)) {
    await page.keyboard.press('Control+J');
    await page.waitForSelector('.markers-panel', { state: 'hidden' });
  }
}

export async function newReportChecks(page, { shot, record, say }) {
  await runCommand(page, ['新建政府信息公开年度报告', 'New government information disclosure annual report']);
  await answer(page, /Report year|报告年度/, String(YEAR));
  await answer(page, /Agency name|机关名称/, AGENCY);
  const fileName = `${AGENCY}${YEAR}年政府信息公开工作年度报告.report.md`;
  const tab = await page.waitForSelector('.tabs-container .tab.active', { timeout: TIMEOUT });
  const tabLabel = (await tab.getAttribute('aria-label')) ?? (await tab.textContent()) ?? '';
  record('new-report-name', tabLabel.includes(fileName), `tab “${tabLabel.slice(0, 80)}”`);

  // The status bar shows the year, the format and the error count without hovering anything.
  const statusText = await page.waitForFunction((year) => [...document.querySelectorAll('.statusbar-item')]
    .map((e) => e.textContent ?? '').find((t) => t.includes(`${year}年度`)) ?? false, YEAR, { timeout: TIMEOUT })
    .then((h) => h.jsonValue(), () => '');
  record('status-bar', /年度 · .+ · (无错误|\d+ 个错误)/.test(statusText), `status bar: “${statusText.trim()}”`);

  await page.waitForSelector('.monaco-editor .view-lines');
  // Full-width punctuation next to digits in a gov-report document: no ambiguous-Unicode boxes.
  const boxes = await page.evaluate(() => document.querySelectorAll('.monaco-editor .unicode-highlight').length);
  record('no-unicode-boxes', boxes === 0, `${boxes} ambiguous-Unicode highlights in the new report`);

  await openProblems(page);
  // Checked: the status bar says so, and the diagnostics came with it; the file's node shows their count.
  await page.waitForFunction((name) => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => r.textContent?.includes(name)), fileName, { timeout: TIMEOUT })
    .catch(() => undefined);
  const count = await problemCount(page, fileName);
  await foldRelated(page);
  // Focus back in the editor, on the title (as the command leaves it): no row of the panel outlined.
  await page.locator('.monaco-editor .view-line', { hasText: AGENCY }).first().click({ position: { x: 1, y: 5 } });
  await shot(page, 'new-report.png');
  const { text } = require(join(ROOT, 'server/out/lsp/commands')).newReport({ year: YEAR, agency: AGENCY }, { locale: 'zh-CN' });
  const bucketOf = bucketsOf(text);
  const rows = await problemRows(page);
  const perBucket = new Map();
  for (const r of rows) if (r.line !== undefined) perBucket.set(bucketOf(r.line), (perBucket.get(bucketOf(r.line)) ?? 0) + 1);
  const crowded = [...perBucket].filter(([, n]) => n > 1).map(([b, n]) => `${b}: ${n}`);
  // Nine places to fill (three tables, six sections): more findings than that cannot be one per place.
  const ok = count <= 9 && rows.length === count && crowded.length === 0;
  const seenRows = rows.length === count ? '' : ` (${rows.length} of them on screen)`;
  record('new-report-grouped', ok, `${count} problems before anything is typed${seenRows}; ${crowded.length ? `more than one in ${crowded.join(', ')}` : `per place: ${[...perBucket].map(([b, n]) => `${b} ${n}`).join(', ') || 'none'}`}`);
  say(`ui run: new report ${fileName}: ${count} problems`);
  await hidePanel(page);
  // Closed unsaved, so that the steps after this see only the seeds' problems.
  await runCommand(page, ['Revert and Close Editor', '还原并关闭编辑器']);
  await page.waitForSelector('.tabs-container .tab.active', { state: 'detached' }).catch(() => undefined);
}

/**
 * The Settings editor on `govReport.rules`: “Add Item” opens a picker of rule keys; the picker shows each key's
 * title (GR101 缺少报告标题 …) in its details pane, not a bare code. VS Code shows a key's schema `description`
 * there. The check walks the picker key by key (arrow down, waiting for the pane to follow) and wants every
 * rule's title (zh or en, whichever locale the workbench has).
 */
export async function rulesSettingCheck(page, { shot, record }) {
  const { RULES } = require(join(ROOT, 'server/out/core/rules'));
  await page.keyboard.press('Control+,');
  const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .settings-header input').first();
  await search.waitFor({ timeout: TIMEOUT });
  await search.fill('govReport.rules');
  const item = page.locator('.settings-editor .setting-item', { hasText: 'Rules' }).first();
  await item.waitFor({ timeout: TIMEOUT });
  await item.locator('.monaco-button', { hasText: /Add Item|添加项/ }).first().click();
  const keyPicker = item.locator('.monaco-select-box').first();
  await keyPicker.click();
  const dropdown = page.locator('.monaco-select-box-dropdown-container').first();
  await dropdown.waitFor({ state: 'visible', timeout: TIMEOUT });
  await shot(page, 'settings-rules.png');
  const shown = new Map(); // code → the details pane's text while that key is focused
  for (let index = 0; index < RULES.length; index++) {
    const seen = await page.waitForFunction((index) => {
      const list = document.querySelector('.monaco-select-box-dropdown-container');
      const focused = list?.querySelector(`.monaco-list-row.focused[data-index="${index}"]`);
      const code = focused?.textContent?.trim();
      const details = list?.querySelector('.select-box-details-pane')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return code && details.includes(code) ? { code, details } : false;
    }, index, { timeout: TIMEOUT }).then((h) => h.jsonValue(), () => undefined);
    if (!seen) break;
    shown.set(seen.code, seen.details);
    await page.keyboard.press('ArrowDown');
  }
  const untitled = RULES.filter((r) => ![r.title['zh-CN'], r.title.en].some((title) => shown.get(r.code)?.includes(title)));
  const example = RULES.filter((r) => shown.has(r.code)).slice(0, 2).map((r) => `“${shown.get(r.code)}”`).join(', ');
  record('rules-titles', untitled.length === 0, untitled.length === 0
    ? `the key picker shows the title of each of the ${RULES.length} rules (${example}…)`
    : `${untitled.length} of ${RULES.length} rule keys without their title in the picker: ${untitled.map((r) => `${r.code} (“${shown.get(r.code) ?? 'not reached'}”)`).slice(0, 4).join('; ')}`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}
