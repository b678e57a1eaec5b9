import sharp from 'sharp';
import type { Paper } from './paper.ts';
import type { Random } from './random.ts';

/**
 * A phone photo of a flat paper: the paper lies on a table, seen in perspective and turned a little,
 * curled (its middle sags), lit unevenly with a soft shadow across it, then sensor noise, a slight
 * blur and JPEG compression. Every draw comes from `r`, so a seed gives the same JPEG.
 */
export interface CameraOptions {
  /** Corner jitter as a fraction of the paper's size (perspective). */
  perspective: number;
  rotateDeg: number;
  /** Sag of the paper's middle, in paper pixels. */
  curlPx: number;
  /** Brightness lost across the light gradient (0..1). */
  gradient: number;
  /** Brightness lost in the shadow (0..1). */
  shadow: number;
  noise: number;
  blur: number;
  quality: number;
}

export function drawCamera(r: Random): CameraOptions {
  return {
    perspective: r.range(0.01, 0.06),
    rotateDeg: r.range(-4, 4),
    curlPx: r.range(0, 10),
    gradient: r.range(0.1, 0.4),
    shadow: r.range(0, 0.4),
    noise: r.range(3, 9),
    blur: r.range(0.4, 1.0),
    quality: r.int(50, 85),
  };
}

type Pt = [number, number];

export async function photograph(paper: Paper, cam: CameraOptions, r: Random): Promise<Buffer> {
  const { width: pw, height: ph } = paper;
  const mx = Math.round(pw * 0.12);
  const my = Math.round(ph * 0.08);
  const width = pw + 2 * mx;
  const height = ph + 2 * my;
  const cx = width / 2;
  const cy = height / 2;
  const a = (cam.rotateDeg * Math.PI) / 180;
  const jitter = () => r.range(-1, 1) * cam.perspective * Math.max(pw, ph);
  const corners: Pt[] = [
    [-pw / 2, -ph / 2],
    [pw / 2, -ph / 2],
    [pw / 2, ph / 2],
    [-pw / 2, ph / 2],
  ].map(([x, y]) => [
    cx + x * Math.cos(a) - y * Math.sin(a) + jitter(),
    cy + x * Math.sin(a) + y * Math.cos(a) + jitter(),
  ]);
  // Photo pixel -> paper pixel.
  const toPaper = homography(corners, [
    [0, 0],
    [pw, 0],
    [pw, ph],
    [0, ph],
  ]);
  const table = [r.int(60, 140), r.int(50, 110), r.int(40, 90)];
  const light = r.range(0, 2 * Math.PI);
  const [lx, ly] = [Math.cos(light), Math.sin(light)];
  const shadowAngle = r.range(0, 2 * Math.PI);
  const [sx, sy] = [Math.cos(shadowAngle), Math.sin(shadowAngle)];
  const shadowAt = r.range(0.2, 0.6) * Math.min(width, height);
  const soft = r.range(0.03, 0.12) * Math.min(width, height);
  const out = new Uint8Array(width * height * 3);
  const px = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [u, v0] = toPaper(x + 0.5, y + 0.5);
      const v = v0 - cam.curlPx * Math.sin((Math.PI * u) / pw);
      const inside = u >= 0 && v >= 0 && u < pw && v < ph;
      if (inside) sample(paper, u - 0.5, v - 0.5, px);
      else [px[0], px[1], px[2]] = table;
      const grad =
        1 -
        cam.gradient * (0.5 + 0.5 * (((x - cx) * lx + (y - cy) * ly) / (0.5 * Math.hypot(width, height))));
      const d = (x - cx) * sx + (y - cy) * sy - shadowAt + Math.min(width, height) / 2;
      const shade = 1 - cam.shadow / (1 + Math.exp(-d / soft));
      // The curl darkens the paper's fold a little.
      const fold = inside ? 1 - 0.15 * (cam.curlPx / 10) * Math.abs(Math.cos((Math.PI * u) / pw)) : 1;
      const k = grad * shade * fold;
      for (let c = 0; c < 3; c++) {
        const value = px[c] * k + cam.noise * r.gauss();
        out[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(value)));
      }
    }
  }
  return sharp(out, { raw: { width, height, channels: 3 } })
    .blur(Math.max(0.3, cam.blur))
    .jpeg({ quality: cam.quality })
    .toBuffer();
}

/** A flatbed scan of the paper: upright on white, faint noise, high-quality JPEG. */
export async function scan(paper: Paper, r: Random): Promise<Buffer> {
  const margin = Math.round(paper.width * 0.08);
  const out = Buffer.from(paper.rgb);
  const noise = r.range(0.5, 1.5);
  for (let i = 0; i < out.length; i++)
    out[i] = Math.max(0, Math.min(255, Math.round(out[i] + noise * r.gauss())));
  return sharp(out, { raw: { width: paper.width, height: paper.height, channels: 3 } })
    .extend({ top: margin, bottom: margin, left: margin, right: margin, background: '#fff' })
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** Bilinear sample of the paper at (x, y), edge pixels clamped. */
function sample(p: Paper, x: number, y: number, out: number[]) {
  const x0 = Math.max(0, Math.min(p.width - 1, Math.floor(x)));
  const y0 = Math.max(0, Math.min(p.height - 1, Math.floor(y)));
  const x1 = Math.min(p.width - 1, x0 + 1);
  const y1 = Math.min(p.height - 1, y0 + 1);
  const fx = Math.max(0, Math.min(1, x - x0));
  const fy = Math.max(0, Math.min(1, y - y0));
  for (let c = 0; c < 3; c++) {
    const at = (xx: number, yy: number) => p.rgb[(yy * p.width + xx) * 3 + c];
    const top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
    const bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
    out[c] = top * (1 - fy) + bottom * fy;
  }
}

/** The projective map taking the four `from` points to the four `to` points. */
export function homography(from: readonly Pt[], to: readonly Pt[]): (x: number, y: number) => Pt {
  const A: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i];
    const [u, v] = to[i];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  const h = solve(A, b);
  return (x, y) => {
    const w = h[6] * x + h[7] * y + 1;
    return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
  };
}

/** Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let i = c + 1; i < n; i++) if (Math.abs(m[i][c]) > Math.abs(m[p][c])) p = i;
    [m[c], m[p]] = [m[p], m[c]];
    for (let i = c + 1; i < n; i++) {
      const f = m[i][c] / m[c][c];
      for (let j = c; j <= n; j++) m[i][j] -= f * m[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = m[i][n];
    for (let j = i + 1; j < n; j++) s -= m[i][j] * x[j];
    x[i] = s / m[i][i];
  }
  return x;
}
