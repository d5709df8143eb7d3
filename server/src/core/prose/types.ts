// What the prose reader finds: figures of the report's prose, the table cells they restate, and how they compare.
import type { Localized } from '../findings';
import type { Span } from '../model';
import type { Decimal } from '../decimal';

/**
 * Counts and shares stated in a report's prose (outside its tables), each read as the table cells
 * it restates. Recognition is deliberately narrow: a figure is read only when the words next to it
 * name a table quantity (收到…申请N件, 予以公开N条, 行政复议N件, 现行有效规范性文件N件 …); anything
 * else (来电, 建议提案, 测试申请, 全市…, 同比…) is left alone, so that a mismatch is worth a warning.
 */

export type MentionKind =
  /** Applications received (收到/收取/受理 … 申请 N 件). */
  | 'received'
  /** Applications handled (办理/处理/答复 … 申请 N 件). */
  | 'handled'
  | 'carried'
  | 'carry-over'
  /** An outcome of 表三 三、本年度办理结果 (a group such as 不予公开, or one row such as 重复申请). */
  | 'outcome'
  /** 表四 行政复议 / 行政诉讼 cases. */
  | 'cases'
  /** 表二 规章 / 行政规范性文件 issued, repealed or in force. */
  | 'documents'
  /** A percentage (占17.46%) of a figure just stated. */
  | 'share';

/** One way to read a prose figure: the sum of some cells (or, for a share, their ratio to others). */
export interface Reading {
  readonly keys: readonly string[];
  /** What the sum is, for messages (`表三「（一）予以公开」·「总计」`). */
  readonly label: Localized;
  /** For a share: the denominator's cells; the reading's value is Σkeys / Σdenominator × 100. */
  readonly denominator?: readonly string[];
  /** Why this reading is accepted besides the first (`受理` often includes last year's carried-over requests). */
  readonly note?: Localized;
}

export interface ProseMention {
  readonly kind: MentionKind;
  /** The figure as printed (`20`, `二十`, `1,234`, `17.46`; `未出现` for a stated absence), and where. */
  readonly text: string;
  readonly span: Span;
  /** The words read, from the cue to the counter (`予以公开3条`), and where. */
  readonly phrase: string;
  readonly phraseSpan: Span;
  /** The count, or the percentage for a share. */
  readonly value: Decimal;
  /** `readings[0]` is what the words most likely mean; agreement with any reading is agreement. */
  readonly readings: readonly Reading[];
}

export type ComparisonStatus = 'agrees' | 'agrees-alternative' | 'differs' | 'unknown';

export interface ReadingValue {
  readonly reading: Reading;
  /** The table's value for the reading (a share rounded to the printed decimals); absent when a cell is missing or blank. */
  readonly value?: Decimal;
  /** The cells' values, in the order of `reading.keys` (and then `reading.denominator`). */
  readonly parts: readonly (Decimal | undefined)[];
}

export interface MentionComparison {
  readonly mention: ProseMention;
  /** `agrees` = the first reading holds; `agrees-alternative` = another one does; `unknown` = nothing to compare. */
  readonly status: ComparisonStatus;
  readonly values: readonly ReadingValue[];
  /** The reading the status is about: the matching one, else the first with a value. */
  readonly reading?: ReadingValue;
}
