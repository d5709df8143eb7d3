// The UI run: the workbench as a user sees it, with the extension installed from the .vsix. Opens seed 000
// from the Explorer, waits for squiggles, opens Problems, hovers a row total (balanced → ✓), changes it
// (→ an error squiggle) and hovers it again (✗). Every step waits for the DOM, never for a fixed time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const TIMEOUT = 30_000;
const SEED = '000_';
const ROW_LABEL = '本年新收政府信息公开申请数量';

/** Screen box of the last number on the editor line holding `label`, or null while it is not rendered. */
function numberBox(page, label) {
  return page.evaluate((label) => {
    const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) => l.textContent.includes(label));
    if (!line) return null;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let found = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent.matchAll(/\d+/g)) found = { node, start: m.index, end: m.index + m[0].length, text: m[0] };
    }
    if (!found) return null;
    const range = document.createRange();
    range.setStart(found.node, found.start);
    range.setEnd(found.node, found.end);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, text: found.text };
  }, label);
}

/** Moves the mouse onto the box (hovering the element itself is intercepted) and waits for a hover with `pattern`. */
async function hoverUntil(page, box, pattern) {
  await page.mouse.move(box.x - 200, box.y - 200);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  const handle = await page.waitForFunction((source) => {
    const re = new RegExp(source);
    return [...document.querySelectorAll('.monaco-hover-content')].map((e) => e.textContent ?? '').find((t) => re.test(t)) ?? false;
  }, pattern.source, { timeout: TIMEOUT });
  return handle.jsonValue();
}

export async function runUi({ context, server, workspace, shots, say }) {
  const taken = [];
  const shot = async (page, name) => {
    const path = join(shots, name);
    await page.screenshot({ path });
    taken.push(path);
  };
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(server.remote(workspace))}`);
  await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });

  const seed = readdirSync(workspace).find((n) => n.startsWith(SEED));
  await page.getByRole('treeitem', { name: seed, exact: true }).click();
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error');
  say(`ui run: ${seed} shows squiggles (extension from the .vsix is active)`);

  // Bring the tables into view: 表三's first rows and 表四's blank cells.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type('75');
  await page.keyboard.press('Enter');
  await page.waitForFunction((label) => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes(label)), ROW_LABEL);
  await page.waitForSelector('.monaco-editor .squiggly-warning');
  await shot(page, 'squiggles.png');

  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row');
  const problems = await page.locator('.markers-panel .monaco-list-row').allTextContents();
  if (!problems.some((t) => /GR201/.test(t))) throw new Error(`Problems panel lacks GR201: ${problems.slice(0, 5).join(' | ')}`);
  await shot(page, 'problems.png');
  say(`ui run: Problems panel lists ${problems.length} rows`);

  const box = await numberBox(page, ROW_LABEL);
  if (!box) throw new Error(`the ${ROW_LABEL} row is not on screen`);
  const balanced = await hoverUntil(page, box, /=.*✓/);
  await shot(page, 'hover-total.png');
  say(`ui run: hover on total ${box.text}: ${balanced.replace(/\s+/g, ' ').slice(0, 160)}`);

  // One number changed: the total no longer balances → an error squiggle and a ✗ equation in the hover.
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.type(String(Number(box.text) + 1));
  await page.waitForSelector('.monaco-editor .squiggly-error');
  const wrong = await numberBox(page, ROW_LABEL);
  if (!wrong || wrong.text !== String(Number(box.text) + 1)) throw new Error(`the edit did not land: ${wrong?.text}`);
  const unbalanced = await hoverUntil(page, wrong, /=.*✗/);
  await shot(page, 'hover-error.png');
  say(`ui run: hover on changed total ${wrong.text}: ${unbalanced.replace(/\s+/g, ' ').slice(0, 160)}`);
  await page.close();
  return taken;
}
