import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeReport } from '../core/detect';
import type { Section, Table } from '../core/model';

const section = (index: number): Section => ({ index } as unknown as Section);
const title = { text: '2023年政府信息公开工作年度报告', span: { start: 0, end: 5 } };

test('a text is a report with three different section headings, or a title backed by a year, a section or a table', () => {
  assert.equal(looksLikeReport({ sections: [], tables: {} }), false);
  assert.equal(looksLikeReport({ sections: [section(1), section(2)], tables: {} }), false);
  assert.equal(looksLikeReport({ sections: [section(1), section(1), section(1)], tables: {} }), false);
  assert.equal(looksLikeReport({ sections: [section(1), section(2), section(5)], tables: {} }), true);
  assert.equal(looksLikeReport({ title, year: 2023, sections: [], tables: {} }), true);
  assert.equal(looksLikeReport({ title, sections: [section(4)], tables: {} }), true);
  assert.equal(looksLikeReport({ title, sections: [], tables: { s4: {} as Table } }), true);
  // A sentence naming the report kind, nothing else: a README.
  assert.equal(looksLikeReport({ title, sections: [], tables: {} }), false);
});
