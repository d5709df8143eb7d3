import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, SEEDS, SEEDS_DIR } from './test-support';

interface Truth {
  agency: string;
  year: number;
  edition: string;
  sections_present: string[];
  cells: Record<string, number | null>;
}

const truthOf = (seed: string): Truth =>
  JSON.parse(readFileSync(join(SEEDS_DIR, 'truth', seed.replace(/\.txt$/, '.json')), 'utf8')) as Truth;

test('extract on the five seeds equals the hand-checked truth, cell for cell (agency: the title\'s name, a prefix of the truth\'s)', async () => {
  const run = await cli(['extract', SEEDS_DIR, '--format', 'json']);
  const files = JSON.parse(run.stdout) as { file: string; agency: string; year: number; edition: string; sections: string[]; cells: Record<string, number | null> }[];
  assert.deepEqual(files.map((f) => f.file), SEEDS.map((s) => join(SEEDS_DIR, s)), run.stderr);
  for (const [i, seed] of SEEDS.entries()) {
    const truth = truthOf(seed);
    const got = files[i]!;
    // The title names the agency; the truth may give its full name from the signature
    // (seed 002: 芝罘区只楚街道办事处 → …（烟台市芝罘区人民政府只楚园（街道）办事处）), as the parser's seed test allows.
    assert.ok(got.agency && got.agency.length >= 4 && truth.agency.startsWith(got.agency), `${seed}: agency ${got.agency}`);
    assert.equal(got.year, truth.year, seed);
    assert.equal(got.edition, truth.edition, seed);
    assert.deepEqual(got.sections, truth.sections_present, seed);
    assert.deepEqual(got.cells, truth.cells, seed);
  }
});

test('extract --format csv: a header of every key, one row per seed, numbers as in the JSON', async () => {
  const json = JSON.parse((await cli(['extract', SEEDS_DIR])).stdout) as { file: string; cells: Record<string, number | null> }[];
  const csv = (await cli(['extract', SEEDS_DIR, '--format', 'csv'])).stdout;
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));
  const totals = rows.pop()!;
  assert.equal(rows.length, json.length);
  assert.deepEqual(header!.slice(0, 5), ['file', 'agency', 'year', 'edition', 'sections']);
  const keys = header!.slice(5);
  assert.deepEqual(new Set(keys), new Set(json.flatMap((f) => Object.keys(f.cells))));
  rows.forEach((row, i) => {
    assert.equal(row[0], json[i]!.file);
    keys.forEach((k, j) => {
      const v = json[i]!.cells[k];
      assert.equal(row[5 + j], v === undefined || v === null ? '' : String(v), `${json[i]!.file} ${k}`);
    });
  });
  assert.equal(totals[0], `合计（${json.length} 份报告）`);
  const newTotal = keys.indexOf('s3.new.total');
  assert.equal(totals[5 + newTotal], String(json.reduce((sum, f) => sum + (f.cells['s3.new.total'] ?? 0), 0)));
});
