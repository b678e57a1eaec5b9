import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { openPageImage } from '../pageImage.ts';
import type { GrayImage } from '../../raster/grayImage.ts';
import type { Quad } from './geometry.ts';
import { readingRows } from './readingRows.ts';
import type { TextLineDetector } from './textLineDetector.ts';
import { toOriginal, warpLine, type LineTransform } from './warpLine.ts';

/** Height the detector's box is scaled to; with the unclip margin the text itself is ~30 px tall. Chosen by measurement (32/40/48/64 tried). */
export const LINE_BOX_HEIGHT = 48;
/** White margin around each crop: tesseract drops glyphs that touch the image edge. */
export const LINE_PAD = 8;

export interface PreparedLine {
  /** Box of the line in the original image. */
  quad: Quad;
  /** Crop pixels → original pixels. */
  transform: LineTransform;
  /** Visual row (0-based, top to bottom): boxes of one row form one CLOVA line. */
  row: number;
  /**
   * The detector's score for the box (mean text probability, dbTextBoxes.ts): the confidence
   * calibration reads it (calibration/). Absent only for lines made without a detector (tests).
   */
  score?: number;
}

export interface PreparedLines {
  /** A tesseract image list: line i of the list is `lines[i]` (tsv `page_num` = i + 1). */
  listPath: string;
  lines: PreparedLine[];
  /** Each crop holds exactly one line of text. */
  tesseractArgs: string[];
}

/** Reads the page as 8-bit grey, transparency over white. */
export async function readGrey(inputPath: string): Promise<GrayImage> {
  const { data, info } = await (
    await openPageImage(inputPath)
  )
    .open()
    .flatten({ background: '#fff' })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey = new Uint8Array(info.width * info.height);
  for (let i = 0; i < grey.length; i++) grey[i] = data[i * info.channels];
  return { data: grey, width: info.width, height: info.height };
}

/**
 * Detects the text lines, cuts each one out straightened and normalised, and writes the crops
 * plus a tesseract image list into `outDir`, in reading order. Tesseract then reads each crop as
 * a single line, which avoids its page layout analysis: on photos that analysis is what fails
 * (background texture, skew, columns of prices).
 */
export async function prepareLinesForOcr(
  inputPath: string,
  outDir: string,
  detector: TextLineDetector,
  opts: { boxHeight?: number } = {},
): Promise<PreparedLines> {
  const [boxes, page] = await Promise.all([detector.detect(inputPath), readGrey(inputPath)]);
  const rows = readingRows(boxes.map((b) => b.quad));
  const lines: PreparedLine[] = [];
  const files: string[] = [];
  for (const [row, members] of rows.entries()) {
    for (const index of members) {
      const { quad, score } = boxes[index];
      const warped = warpLine(page, quad, opts.boxHeight ?? LINE_BOX_HEIGHT, LINE_PAD);
      const file = path.join(outDir, `line-${String(lines.length).padStart(4, '0')}.png`);
      await sharp(warped.image.data, {
        raw: { width: warped.image.width, height: warped.image.height, channels: 1 },
      })
        .png({ compressionLevel: 1 })
        .toFile(file);
      files.push(file);
      lines.push({ quad, transform: warped.transform, row, score });
    }
  }
  const listPath = path.join(outDir, 'lines.txt');
  await writeFile(listPath, files.map((f) => `${f}\n`).join(''));
  return { listPath, lines, tesseractArgs: ['--psm', '7'] };
}

/** A word box tesseract reported on a line crop, as a quad in the original image (clockwise from top-left). */
export function lineBoxToOriginal(
  line: PreparedLine,
  box: { left: number; top: number; width: number; height: number },
): Quad {
  const { left, top, width, height } = box;
  return [
    toOriginal(line.transform, left, top),
    toOriginal(line.transform, left + width, top),
    toOriginal(line.transform, left + width, top + height),
    toOriginal(line.transform, left, top + height),
  ];
}
