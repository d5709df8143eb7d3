/** Page geometry in top-down points (origin at the page's top left), as pdf.js's viewport gives it. */

export type Matrix = readonly [number, number, number, number, number, number];

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A run of text on the page: left edge, baseline, width, font height. */
export interface PageText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A ruling line: horizontal (`y` fixed, from `a` to `b` along x) or vertical (`x` fixed, `a`..`b` along y). */
export interface Ruling {
  readonly horizontal: boolean;
  readonly at: number;
  readonly a: number;
  readonly b: number;
}

export interface PageContent {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PageText[];
  readonly rulings: readonly Ruling[];
}
