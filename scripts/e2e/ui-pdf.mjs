// The PDF view as a user sees it (for the README picture): the published PDF report, alone in a fresh workspace,
// clicked in the Explorer and opened with the editor title's 检查此年报文件 / "Check this report file" button,
// its prose-vs-table warning on screen. The button appears once the extension's contributions are registered:
// waiting for it is waiting for the extension (a context menu opened earlier would stay without the command).
import { join } from 'node:path';

const TIMEOUT = 60_000;
const PDF = 'hongze-2024.pdf';
const PROSE = '受理政府信息公开申请';

export async function runPdfView({ context, server, workspace, shots, say }) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  try {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(server.remote(workspace))}`, { timeout: TIMEOUT });
    await page.waitForSelector('.monaco-workbench .explorer-folders-view');
    await page.getByRole('treeitem', { name: PDF, exact: true }).click();
    await page.locator('.editor-actions .action-label[aria-label*="检查此年报文件"], .editor-actions .action-label[aria-label*="Check this report file"]').first().click();
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('淮安市洪泽区人民政府')));
    await page.waitForSelector('.monaco-editor .squiggly-warning');
    // The Problems panel lists the view's findings (the prose-vs-table one, 表三's outdated format …).
    await page.keyboard.press('Control+Shift+M');
    await page.waitForFunction(() => /GR403/.test(document.querySelector('.markers-panel')?.textContent ?? ''));
    // The line with the prose figure that disagrees with 表三 (17 vs 95) brought into view, its squiggle hovered.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type(PROSE);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home'); // the match unselected: the squiggle shows as the user sees it
    const squiggle = await page.waitForFunction((prose) => {
      const line = [...document.querySelectorAll('.monaco-editor .view-line')].find((l) => l.textContent.includes(prose));
      if (!line) return false;
      const { top, bottom } = line.getBoundingClientRect();
      const inLine = [...document.querySelectorAll('.monaco-editor .squiggly-warning')].map((e) => e.getBoundingClientRect())
        .find((r) => r.width > 0 && r.top + r.height / 2 > top && r.top + r.height / 2 < bottom);
      return inLine ? { x: inLine.x + inLine.width / 2, y: inLine.y + inLine.height / 2 } : false;
    }, PROSE).then((h) => h.jsonValue());
    await page.mouse.move(squiggle.x, squiggle.y, { steps: 4 });
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover-content')].some((e) => e.getClientRects().length > 0 && /GR403/.test(e.textContent ?? '')));
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const path = join(shots, 'pdf-view.png');
    await page.screenshot({ path });
    const status = await page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent ?? '').find((t) => t.includes('年度')) ?? '');
    say(`ui run: the PDF report opened with 检查此年报文件, GR403 hover on screen; status bar “${status.trim()}”`);
    return path;
  } catch (err) {
    await page.screenshot({ path: join(shots, 'pdf-failure.png') }).catch(() => {});
    throw new Error(`PDF view: ${err instanceof Error ? err.message : String(err)}\n(screenshot: test-results/e2e/pdf-failure.png)`);
  } finally {
    await page.close();
  }
}
