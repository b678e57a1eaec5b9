import { naturalToWorld } from '../../model/geometry/coords.ts';
import type { AxisScale } from '../../model/geometry/coords.ts';
import type { Bounds } from '../../model/index.ts';
import type { Change } from '../../model/groundTruth/index.ts';

/** A word the engine read in the crop: its text and its box in the crop image's pixels. */
export interface CropWord {
  text: string;
  vertices: { x: number; y: number }[];
}

/** Reads the words of a CLOVA-shaped answer for one image (the crop), leaving out empty ones. */
export function cropWords(response: unknown): CropWord[] {
  const image = (response as { images?: { fields?: unknown[] }[] } | null)?.images?.[0];
  const out: CropWord[] = [];
  for (const f of image?.fields ?? []) {
    const field = f as { inferText?: unknown; boundingPoly?: { vertices?: { x?: unknown; y?: unknown }[] } };
    const text = typeof field.inferText === 'string' ? field.inferText.trim() : '';
    const vs = (field.boundingPoly?.vertices ?? []).map((v) => ({ x: Number(v.x), y: Number(v.y) }));
    if (!text || vs.length < 3 || vs.some((v) => !Number.isFinite(v.x) || !Number.isFinite(v.y))) continue;
    out.push({ text, vertices: vs });
  }
  return out;
}

/**
 * The crop's words as `add` changes in page (world) space: a crop pixel is `1 / zoom` natural
 * pixels from the crop's natural origin, and natural maps to world through `worldPerNatural`.
 */
export function addsFromCrop(
  words: readonly CropWord[],
  page: number,
  cropNatural: Bounds,
  zoom: number,
  worldPerNatural: AxisScale,
): Change[] {
  return words.map((w) => ({
    op: 'add',
    page,
    text: w.text,
    boundingPoly: {
      vertices: w.vertices.map((v) => {
        const p = naturalToWorld(
          { x: cropNatural.minX + v.x / zoom, y: cropNatural.minY + v.y / zoom },
          worldPerNatural,
        );
        return { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
      }),
    },
  }));
}
