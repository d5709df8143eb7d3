// The UI run: the workbench as a user sees it, with the extension installed from the .vsix. Makes a new
// report (ui-checks.mjs), opens seed 000 from the Explorer, waits for squiggles, opens Problems, hovers a row
// total (balanced → ✓), changes it (→ an error squiggle) and hovers it again (✗, its explanation near the top).
// Every step waits for the DOM, never for a fixed time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newReportChecks, rulesSettingCheck } from './ui-checks.mjs';

const TIMEOUT = 30_000;
const SEED = '000_';
const ROW_LABEL = '本年新收政府信息公开申请数量';
const oneLine = (text) => text.replace(/\s+/g, ' ').slice(0, 160);

/**
 * Screen box of a number on the editor line holding `label`: `which` is 'first', 'last' or its index among
 * the line's numbers (inlay hints such as `应为 77` are text in the line too, so after they appear, 'last'
 * is not the cell). Null while the line is not rendered.
 */
function numberBox(page, label, which = 'last') {
  return page.evaluate(([label, which]) => {
    const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) => l.textContent.includes(label));
    if (!line) return null;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const numbers = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent.matchAll(/\d+/g)) numbers.push({ node, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    const index = which === 'first' ? 0 : which === 'last' ? numbers.length - 1 : which;
    const found = numbers[index];
    if (!found) return null;
    const range = document.createRange();
    range.setStart(found.node, found.start);
    range.setEnd(found.node, found.end);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, text: found.text, index };
  }, [label, which]);
}

/**
 * Where the visible hover's first text matching `source` starts, in screen lines as the user reads them (a
 * wrapped message counts each of its lines): `{ line, lines }`, line 0 when nothing matches.
 */
const hoverLineOf = (page, source) => page.evaluate((source) => {
  const re = new RegExp(source);
  const hover = [...document.querySelectorAll('.monaco-hover')].find((e) => e.getClientRects().length > 0 && e.textContent.trim());
  if (!hover) return { line: 0, lines: 0 };
  const tops = new Set();
  let line = 0;
  const walker = document.createTreeWalker(hover, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.height > 0);
    if (!line && re.test(node.textContent) && rects.length) line = new Set([...tops, Math.round(rects[0].top)]).size;
    for (const r of rects) tops.add(Math.round(r.top));
  }
  return { line, lines: tops.size };
}, source);

const hoverTexts = (page) => page.evaluate(() =>
  JSON.stringify([...document.querySelectorAll('.monaco-hover-content')].map((e) => [e.getClientRects().length, e.textContent.slice(0, 80)])));

/**
 * Moves the mouse onto the number (hovering the element itself is intercepted) and waits for a hover
 * matching `pattern`. The box is measured right before the move; if late layout (a code lens arriving)
 * moved the text so no hover comes, it measures and moves again.
 */
async function hoverUntil(page, label, which, pattern) {
  let box;
  for (let attempt = 1; ; attempt++) {
    // Away first, until no hover is showing: the next one read is the new one.
    await page.mouse.move(5, 500);
    await page.waitForFunction(() => ![...document.querySelectorAll('.monaco-hover-content')].some((e) => e.getClientRects().length > 0 && e.textContent.trim()))
      .catch(async (e) => { throw new Error(`a hover stays open: ${await hoverTexts(page)}\n${e.message}`); });
    box = await numberBox(page, label, which);
    if (!box) throw new Error(`the ${label} row is not on screen`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    try {
      const handle = await page.waitForFunction((source) => {
        const re = new RegExp(source);
        return [...document.querySelectorAll('.monaco-hover-content')]
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => e.textContent ?? '')
          .find((t) => re.test(t)) ?? false;
      }, pattern.source, { timeout: attempt < 3 ? TIMEOUT / 3 : TIMEOUT });
      // The hover fades in: let its animation end before a screenshot.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      return { box, text: await handle.jsonValue() };
    } catch (e) {
      if (attempt >= 3) throw new Error(`no hover matching ${pattern} at ${box.text}; hovers: ${await hoverTexts(page)}\n${e.message}`);
    }
  }
}

export async function runUi(options) {
  const page = await options.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  try {
    return await steps(page, options);
  } catch (err) {
    await page.screenshot({ path: join(options.shots, 'failure.png') }).catch(() => {});
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n(screenshot: test-results/e2e/failure.png)`);
  } finally {
    await page.close();
  }
}

async function steps(page, { server, workspace, shots, say, record }) {
  const taken = [];
  const shot = async (page, name) => {
    const path = join(shots, name);
    await page.screenshot({ path });
    taken.push(path);
  };
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(server.remote(workspace))}`);
  await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
  await newReportChecks(page, { shot, record, say });

  const seed = readdirSync(workspace).find((n) => n.startsWith(SEED));
  await page.getByRole('treeitem', { name: seed, exact: true }).click();
  await page.waitForSelector('.monaco-editor .view-lines');

  // Bring the tables into view: 表三's first rows and 表四's blank cells.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type('77');
  await page.keyboard.press('Enter');
  await page.waitForFunction((label) => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes(label)), ROW_LABEL);
  await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error');
  // The code lens above each table (✓ 勾稽关系平衡 / ✗ …) arrives on its own and shifts the lines below it.
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .codelens-decoration')].some((e) => /[✓✗]/.test(e.textContent)));
  say(`ui run: ${seed} shows squiggles (the extension installed from the .vsix is active)`);
  // For comparison with the new report (gov-report, 0 expected): this plain-text seed keeps VS Code's defaults.
  const boxes = await page.evaluate(() => document.querySelectorAll('.monaco-editor .unicode-highlight').length);
  say(`ui run: ${boxes} ambiguous-Unicode highlights in the plain-text seed (no language defaults there)`);
  await shot(page, 'squiggles.png');

  const balanced = await hoverUntil(page, ROW_LABEL, 'last', /=.*✓/);
  await shot(page, 'hover-total.png');
  say(`ui run: hover on total ${balanced.box.text}: ${oneLine(balanced.text)}`);

  // One number changed: the total no longer balances → an error squiggle and a ✗ equation in the hover.
  const totalIndex = balanced.box.index;
  const box = await numberBox(page, ROW_LABEL, totalIndex);
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  const changed = String(Number(box.text) + 1);
  await page.keyboard.type(changed);
  await page.waitForSelector('.monaco-editor .squiggly-error');
  const unbalanced = await hoverUntil(page, ROW_LABEL, totalIndex, /=.*✗/);
  if (unbalanced.box.text !== changed) throw new Error(`the edit did not land: ${unbalanced.box.text}`);
  await shot(page, 'hover-error.png');
  say(`ui run: hover on changed total ${changed}: ${oneLine(unbalanced.text)}`);
  // The explanation of the cell (its path, 表三 › …) within the first 12 lines the user reads.
  const { line, lines } = await hoverLineOf(page, '^\\s*表[二三四] › ');
  record('hover-12-lines', line > 0 && line <= 12, line > 0 ? `the explanation starts on line ${line} of ${lines}` : `no explanation among the hover's ${lines} lines`);

  // An operand of the broken sum: the hover is the arithmetic alone, next to the red squiggle.
  const explained = await hoverUntil(page, ROW_LABEL, 'first', /=.*✗/);
  await shot(page, 'hover-arithmetic.png');
  say(`ui run: hover on operand ${explained.box.text}: ${oneLine(explained.text)}`);

  await page.mouse.move(5, 500);
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row');
  const problems = await page.locator('.markers-panel .monaco-list-row').allTextContents();
  if (!problems.some((t) => /GR30[1-4]/.test(t))) throw new Error(`Problems panel lacks the arithmetic error: ${problems.slice(0, 5).join(' | ')}`);
  await shot(page, 'problems.png');
  say(`ui run: Problems panel lists ${problems.length} rows`);
  await rulesSettingCheck(page, { shot, record, say });
  return taken;
}
