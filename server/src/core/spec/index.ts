export * from './types';
export * from './sections';
export * from './table2';
export * from './table3';
export * from './table4';
export * from './equations';

import { TABLE2_2019, TABLE2_2023 } from './table2';
import { TABLE3_2019, TABLE3_2023 } from './table3';
import { TABLE4 } from './table4';
import { table3Equations, table4Equations } from './equations';
import type { Edition, Equation, TableId, TableSpec } from './types';

export function tableSpec(id: TableId, edition: Edition): TableSpec {
  switch (id) {
    case 's2': return edition === '2023' ? TABLE2_2023 : TABLE2_2019;
    case 's3': return edition === '2023' ? TABLE3_2023 : TABLE3_2019;
    case 's4': return TABLE4;
  }
}

const equationCache = new Map<string, readonly Equation[]>();
/** The arithmetic a table of this edition must satisfy. 表二 has none. */
export function equationsFor(id: TableId, edition: Edition): readonly Equation[] {
  const cacheKey = `${id}:${edition}`;
  let cached = equationCache.get(cacheKey);
  if (!cached) {
    cached = id === 's3' ? table3Equations(tableSpec('s3', edition)) : id === 's4' ? table4Equations() : [];
    equationCache.set(cacheKey, cached);
  }
  return cached;
}

/** First year printed with the 2023 template (国办公开办函〔2021〕30号). */
export const TEMPLATE_2023_FIRST_YEAR = 2021;
