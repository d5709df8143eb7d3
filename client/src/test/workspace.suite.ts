import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, open, ours, waitForDiagnostics, workspaceRoot } from './helpers';

/** test-fixtures/cross-year beside client/out/test (the suite runs from the repository). */
const FIXTURES = path.resolve(__dirname, '../../../test-fixtures/cross-year');
const NAMES = ['laishan-2019.txt', 'laishan-2020.txt', 'laishan-2021.txt', 'weihai-2020.txt'];

const carryOvers = (ds: readonly vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => codeOf(d) === 'GR404');

/** The first and last number of 四、结转下年度继续办理 (natural persons, total) set to `value`. */
function withCarriedForward(text: string, value: string): string {
  return text.split('\n').map((line) => {
    if (!line.includes('结转下年度继续办理')) return line;
    const numbers = [...line.matchAll(/\d+/g)];
    const [first, last] = [numbers[0], numbers[numbers.length - 1]];
    if (first?.index === undefined || last?.index === undefined) return line;
    return line.slice(0, first.index) + value + line.slice(first.index + first[0].length, last.index) + value + line.slice(last.index + last[0].length);
  }).join('\n');
}

suite('cross-year checks and 检查工作区中的全部年报', () => {
  let folder: vscode.Uri;
  const file = (name: string): vscode.Uri => vscode.Uri.joinPath(folder, name);

  suiteSetup(async () => {
    folder = vscode.Uri.joinPath(workspaceRoot(), 'cross-year');
    for (const name of NAMES) await vscode.workspace.fs.writeFile(file(name), fs.readFileSync(path.join(FIXTURES, name)));
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  test('the command checks reports nobody opened: GR404 on laishan-2020 points into laishan-2019, GR406 on laishan-2021', async () => {
    await vscode.commands.executeCommand('govReport.checkWorkspace');
    const ds = await waitForDiagnostics(file('laishan-2020.txt'), (d) => carryOvers(d).length > 0);
    const carried = carryOvers(ds);
    assert.equal(carried.length, 2, 'natural persons and total');
    assert.equal(carried[0]?.relatedInformation?.[0]?.location.uri.toString(), file('laishan-2019.txt').toString());
    assert.ok(ours(file('laishan-2021.txt')).some((d) => codeOf(d) === 'GR406'), 'the repeated section of 2021');
    assert.ok(ours(file('weihai-2020.txt')).some((d) => codeOf(d) === 'GR403'), 'the prose mismatch of weihai');
  });

  test('opened, each finding shows once; last year\'s file changed on disk → this year\'s GR404 goes', async function () {
    this.timeout(90_000);
    const uri = file('laishan-2020.txt');
    await open(uri);
    const before = await waitForDiagnostics(uri, (d) => carryOvers(d).length === 2);
    const keys = before.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`);
    assert.equal(new Set(keys).size, keys.length, `no finding twice: ${keys.join(', ')}`);

    const lastYear = Buffer.from(await vscode.workspace.fs.readFile(file('laishan-2019.txt'))).toString('utf8');
    await vscode.workspace.fs.writeFile(file('laishan-2019.txt'), Buffer.from(withCarriedForward(lastYear, '2'), 'utf8'));
    // The change reaches the server through the editor's file watcher; with the machine busy (CI runs two
    // test files at once) a 20 s wait once ran out here, so this one waits longer.
    await waitForDiagnostics(uri, (d) => d.length > 0 && carryOvers(d).length === 0, 60_000);
  });
});
