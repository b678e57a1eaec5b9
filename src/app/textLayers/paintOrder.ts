import type { Point } from '../../model/index.ts';
import type { ReadingPath, StepKind } from '../../model/textLayer/readingPath.ts';
import type { LayerPaint } from '../canvas/overlayLayers.ts';
import { TEXT_FONT_FAMILY } from './charWidths.ts';
import { ORDER_STYLE } from './orderStyle.ts';

export { ORDER_STYLE };

/** Screen px. */
const ARROW = 7;
const BADGE = 7;
/** Numbers are drawn once a line of text is this tall on screen (below, they would only clutter). */
export const NUMBERS_FROM_PX = 9;

const BADGE_FILL = 'rgba(255, 255, 255, 0.9)';
const START = '#16a34a';
const END = '#9333ea';

function stepPath(path: ReadingPath, kind: StepKind): Path2D {
  const p = new Path2D();
  const { points, steps } = path;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i] !== kind) continue;
    p.moveTo(points[i].x, points[i].y);
    p.lineTo(points[i + 1].x, points[i + 1].y);
  }
  return p;
}

/** An arrowhead halfway along each step long enough to hold one, pointing the way the order goes. */
function arrows(path: ReadingPath, kind: StepKind, px: number): Path2D {
  const p = new Path2D();
  const size = ARROW * px;
  const { points, steps } = path;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i] !== kind) continue;
    const a = points[i];
    const b = points[i + 1];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy);
    if (len < size * 3) continue;
    const ux = dx / len;
    const uy = dy / len;
    const mx = (a.x + b.x) / 2 + (ux * size) / 2;
    const my = (a.y + b.y) / 2 + (uy * size) / 2;
    p.moveTo(mx, my);
    p.lineTo(mx - ux * size - uy * size * 0.55, my - uy * size + ux * size * 0.55);
    p.lineTo(mx - ux * size + uy * size * 0.55, my - uy * size - ux * size * 0.55);
    p.lineTo(mx, my); // not closePath: slow on paths of many contours (see paintText)
  }
  return p;
}

function dot(c: CanvasRenderingContext2D, at: Point, r: number, colour: string) {
  c.beginPath();
  c.arc(at.x, at.y, r, 0, Math.PI * 2);
  c.fillStyle = colour;
  c.fill();
}

/**
 * The reading order's painter: the steps in three styles (on along a line, down to the next,
 * a jump), arrowheads, a green start and a purple end, and numbered badges once they are legible.
 * Sizes are in screen px (÷ zoom), so they read the same at every zoom.
 */
export function paintOrder(path: ReadingPath): LayerPaint {
  const lines = { next: stepPath(path, 'next'), down: stepPath(path, 'down'), jump: stepPath(path, 'jump') };
  return (c, zoom) => {
    const { points } = path;
    if (points.length === 0) return;
    const px = 1 / (zoom || 1);
    c.lineJoin = 'round';
    c.lineCap = 'round';
    for (const kind of ['down', 'next', 'jump'] as const) {
      const st = ORDER_STYLE[kind];
      c.strokeStyle = st.colour;
      c.lineWidth = st.width * px;
      c.setLineDash(st.dash.map((d) => d * px));
      c.stroke(lines[kind]);
      c.setLineDash([]);
      if (kind !== 'down') {
        c.fillStyle = st.colour;
        c.fill(arrows(path, kind, px));
      }
    }
    if (path.lineHeight * zoom < NUMBERS_FROM_PX) {
      // Too small for numbers: a green start and a purple end say which way the path runs.
      dot(c, points[0], 5 * px, START);
      dot(c, points[points.length - 1], 5 * px, END);
      return;
    }
    c.font = `600 ${9 * px}px ${TEXT_FONT_FAMILY}`;
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    c.lineWidth = px;
    // Each number sits on the top corner where its item's text starts, so the text stays readable.
    const { starts } = path;
    for (let i = 0; i < starts.length; i++) {
      const label = String(i + 1);
      const r = (BADGE + (label.length - 1) * 2.5) * px;
      c.beginPath();
      c.arc(starts[i].x, starts[i].y, r, 0, Math.PI * 2);
      c.fillStyle = BADGE_FILL;
      c.fill();
      c.strokeStyle = i === 0 ? START : i === points.length - 1 ? END : ORDER_STYLE.next.colour;
      c.stroke();
      c.fillStyle = '#1e293b';
      c.fillText(label, starts[i].x, starts[i].y + 0.5 * px);
    }
  };
}
