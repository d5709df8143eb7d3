import { apply, multiply, type Matrix, type Ruling } from './pdf-geometry';

/** pdf.js operator codes used here (OPS of pdf.js 4.x). */
export interface PathOps {
  readonly save: number; readonly restore: number; readonly transform: number; readonly constructPath: number;
  readonly moveTo: number; readonly lineTo: number; readonly curveTo: number; readonly curveTo2: number; readonly curveTo3: number;
  readonly closePath: number; readonly rectangle: number;
  readonly stroke: number; readonly closeStroke: number; readonly fill: number; readonly eoFill: number;
  readonly fillStroke: number; readonly eoFillStroke: number; readonly closeFillStroke: number; readonly closeEOFillStroke: number; readonly endPath: number;
}

/** A border drawn as a filled rectangle is at most this thick (points). */
const THIN = 2.5;
/** A line this close to axis-parallel counts as a ruling. */
const SLANT = 1;

type Segment = [number, number, number, number];

function ruling(x1: number, y1: number, x2: number, y2: number): Ruling | undefined {
  if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) > SLANT) return { horizontal: true, at: (y1 + y2) / 2, a: Math.min(x1, x2), b: Math.max(x1, x2) };
  if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) > SLANT) return { horizontal: false, at: (x1 + x2) / 2, a: Math.min(y1, y2), b: Math.max(y1, y2) };
  return undefined;
}

/**
 * Ruling lines of a page from its operator list: stroked straight segments, and filled rectangles thin
 * enough to be a border (Word, WPS and browsers draw table borders either way). Larger fills (cell
 * shading, paragraph backgrounds) are not lines. `view` maps user space to top-down page points.
 */
export function rulingsOf(fnArray: readonly number[], argsArray: readonly unknown[], ops: PathOps, view: Matrix): Ruling[] {
  const out: Ruling[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let segments: Segment[] = [];
  let rects: Segment[] = [];
  const point = (x: number, y: number): [number, number] => apply(view, ...apply(ctm, x, y));
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === ops.constructPath) {
      const [pathOps, coords] = args as [number[], number[]];
      let k = 0;
      let cx = 0; let cy = 0; let sx = 0; let sy = 0;
      for (const op of pathOps) {
        if (op === ops.moveTo) { [cx, cy] = point(coords[k]!, coords[k + 1]!); sx = cx; sy = cy; k += 2; } else if (op === ops.lineTo) {
          const [x, y] = point(coords[k]!, coords[k + 1]!);
          segments.push([cx, cy, x, y]);
          cx = x; cy = y; k += 2;
        } else if (op === ops.rectangle) {
          const [x, y, w, h] = [coords[k]!, coords[k + 1]!, coords[k + 2]!, coords[k + 3]!];
          const [x1, y1] = point(x, y);
          const [x2, y2] = point(x + w, y + h);
          rects.push([Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)]);
          k += 4;
        } else if (op === ops.curveTo) { [cx, cy] = point(coords[k + 4]!, coords[k + 5]!); k += 6; } else if (op === ops.curveTo2 || op === ops.curveTo3) { [cx, cy] = point(coords[k + 2]!, coords[k + 3]!); k += 4; } else if (op === ops.closePath) {
          if (cx !== sx || cy !== sy) segments.push([cx, cy, sx, sy]);
          cx = sx; cy = sy;
        }
      }
    } else if (fn === ops.stroke || fn === ops.closeStroke || fn === ops.fillStroke || fn === ops.eoFillStroke || fn === ops.closeFillStroke || fn === ops.closeEOFillStroke) {
      for (const [x1, y1, x2, y2] of segments) { const r = ruling(x1, y1, x2, y2); if (r) out.push(r); }
      for (const [x1, y1, x2, y2] of rects) for (const s of [[x1, y1, x2, y1], [x1, y2, x2, y2], [x1, y1, x1, y2], [x2, y1, x2, y2]] as Segment[]) { const r = ruling(...s); if (r) out.push(r); }
      segments = []; rects = [];
    } else if (fn === ops.fill || fn === ops.eoFill) {
      for (const [x1, y1, x2, y2] of rects) {
        if (y2 - y1 <= THIN && x2 - x1 > THIN) out.push({ horizontal: true, at: (y1 + y2) / 2, a: x1, b: x2 });
        else if (x2 - x1 <= THIN && y2 - y1 > THIN) out.push({ horizontal: false, at: (x1 + x2) / 2, a: y1, b: y2 });
      }
      segments = []; rects = [];
    } else if (fn === ops.endPath) {
      segments = []; rects = [];
    }
  }
  return out;
}
