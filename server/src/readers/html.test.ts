import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeGbk } from '../cli/test-support';
import { readHtml } from './html';
import { cellDifferences, fixture, sectionsOf, truthOf } from './test-support';

const seed000 = truthOf('seeds/truth/000_a0b6767ae323edb5.json');

test('a saved government page: the report from its content area, every cell equal to the seed\'s truth', () => {
  const { text } = readHtml(fixture('html/000-page.html'));
  assert.deepEqual(cellDifferences(text, seed000.cells), []);
  assert.deepEqual(sectionsOf(text), ['一', '二', '三', '四', '五', '六']);
  assert.match(text, /^烟台市人民政府办公室 2020 年政府信息公开工作年度报告$/m);
  assert.doesNotMatch(text, /首页|当前位置|相关文件|2019年政府信息公开工作年度报告|分享到|主办|ICP|统计脚本|_hmt/);
});

test('a page declared gb2312 is decoded as such', () => {
  const utf8 = new TextDecoder().decode(fixture('html/000-page.html')).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
  const { text } = readHtml(encodeGbk(utf8));
  assert.deepEqual(cellDifferences(text, seed000.cells), []);
});

test('rowspan and colspan: a spanning cell\'s text in its top-left grid cell, &nbsp; a space, places by table/row/cell', () => {
  const html = '<body><div><p>一、总体情况</p><table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>'
    + '<tr><td>（三）不予公开</td><td>1.属于&nbsp;国家秘密</td><td>0</td></tr></table></div></body>';
  const { text, map } = readHtml(new TextEncoder().encode(html));
  assert.match(text, /^\| 三、本年度办理结果 \| （一）予以公开 \| \| 5 \|$/m);
  assert.match(text, /^\| \| （三）不予公开 \| 1\.属于 国家秘密 \| 0 \|$/m);
  assert.deepEqual(map.placeAt(text.indexOf('1.属于')), { kind: 'cell', table: 1, row: 2, cell: 2 });
});
