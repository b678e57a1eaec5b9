import type { RunLine } from '../cjkRuns.ts';
import type { TessLine } from '../tsv.ts';

/**
 * Below this mean confidence (tesseract's own, 0..100, per character) a read is checked for a
 * turned page. Measured on generated pages: upright 91–96; upside down 18–38; the 32-line
 * Korean page of engine.page_ratio, which tesseract reads badly upright, 60 (it must not pay
 * for a probe that cannot help it).
 */
export const UPRIGHT_MIN_CONF = 50;

export interface ReadQuality {
  /** Recognised characters (code points, spaces excluded). */
  chars: number;
  /** Mean tesseract confidence per character, 0 when nothing was read. */
  meanConf: number;
}

/**
 * How well a page read, from tesseract's words as it gave them (runs carry the lowest confidence
 * of their characters, so a whole Japanese line would count as its worst character). Turned a
 * quarter, pages read nothing or junk.
 */
export function wordQuality(lines: readonly TessLine[]): ReadQuality {
  let chars = 0;
  let sum = 0;
  for (const l of lines) {
    for (const w of l.words) {
      const n = Array.from(w.text.replace(/\s/gu, '')).length;
      chars += n;
      sum += n * w.conf;
    }
  }
  return { chars, meanConf: chars > 0 ? sum / chars : 0 };
}

/** The same over runs: the lower bound wordQuality gives when only runs are at hand. */
export function readQuality(lines: readonly RunLine[]): ReadQuality {
  let chars = 0;
  let sum = 0;
  for (const l of lines) {
    for (const r of l.runs) {
      const n = Array.from(r.text.replace(/\s/gu, '')).length;
      chars += n;
      sum += n * r.conf;
    }
  }
  return { chars, meanConf: chars > 0 ? sum / chars : 0 };
}

/** Whether a read is good enough to keep without looking for a turned page. */
export function readsUpright(q: ReadQuality): boolean {
  return q.chars > 0 && q.meanConf >= UPRIGHT_MIN_CONF;
}

/**
 * A probe's score: confident characters, each counting by how far its confidence is above
 * chance, so a turned page's many junk characters (conf 20–40) do not outweigh fewer good ones.
 * Keyed by tesseract's 1-based page_num (one per probe image of an image list).
 */
export function probeScores(lines: readonly TessLine[]): Map<number, number> {
  const scores = new Map<number, number>();
  for (const line of lines) {
    for (const w of line.words) {
      const n = Array.from(w.text).length;
      const s = (n * Math.max(0, w.conf - 50)) / 50;
      scores.set(line.page, (scores.get(line.page) ?? 0) + s);
    }
  }
  return scores;
}

/** probeScores' measure over a whole read: characters weighted by confidence above chance. */
export function confidentChars(lines: readonly RunLine[]): number {
  let s = 0;
  for (const l of lines) {
    for (const r of l.runs)
      s += (Array.from(r.text.replace(/\s/gu, '')).length * Math.max(0, r.conf - 50)) / 50;
  }
  return s;
}
