// The PDF view as a user sees it (for the README picture): the published PDF report opened from the Explorer's
// context menu with 检查此年报文件 / "Check this report file", its prose-vs-table warning on screen.
import { join } from 'node:path';

const TIMEOUT = 60_000;
const PDF = 'hongze-2024.pdf';

export async function runPdfView({ context, server, workspace, shots, say }) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  try {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(server.remote(workspace))}`, { timeout: TIMEOUT });
    await page.waitForSelector('.monaco-workbench .explorer-folders-view');
    await page.getByRole('treeitem', { name: PDF, exact: true }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: /检查此年报文件|Check this report file/ }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('淮安市洪泽区人民政府')));
    await page.waitForSelector('.monaco-editor .squiggly-warning');
    // The line with the prose figure that disagrees with 表三 (17 vs 95), its hover open.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type('受理政府信息公开申请 17 件');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('申请 17 件')));
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover-content')].some((e) => /95/.test(e.textContent ?? '')));
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    const path = join(shots, 'pdf-view.png');
    await page.screenshot({ path });
    say('ui run: the PDF report opened with 检查此年报文件, GR403 hover on screen');
    return path;
  } finally {
    await page.close();
  }
}
