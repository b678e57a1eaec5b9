import { rasterToWorld, worldBoundsToNatural } from '../../model/geometry/coords.ts';
import type { Bounds } from '../../model/index.ts';
import type { Change } from '../../model/groundTruth/index.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import type { DocSource } from '../loaders/source.ts';
import { useUi } from '../ui/uiStore.ts';
import { toRunOptions, buildMessage } from '../run/runOptions.ts';
import { engineHeaders, RUN_URL } from '../run/engines.ts';
import { uploadMultipart } from '../run/uploadMultipart.ts';
import { useAccessKey } from '../run/accessKey.ts';
import { addsFromCrop, cropWords } from './regionWords.ts';

/** Small crops are enlarged to this height (natural px) at most ×4: engines read tiny text badly. */
const MIN_CROP_HEIGHT = 64;
/** A margin of page around the box, so letters touching its edge are read whole. */
const MARGIN = 4;

/**
 * Recognises just a region of a page (missed text, issue 15 §3): crops the page raster, sends it
 * to the relay with the current engine and options, and gives the words back as `add` changes in
 * page space. `world` is the box drawn, in the page's world space.
 */
export async function recogniseRegion(
  source: DocSource,
  shown: number,
  page: DisplayPage,
  world: Bounds,
  signal?: AbortSignal,
): Promise<Change[]> {
  const raster = await source.render(shown, source.scalable ? 2 : 1);
  const wpn = rasterToWorld(page, raster);
  const n = worldBoundsToNatural(world, wpn);
  const crop: Bounds = {
    minX: Math.max(0, Math.floor(n.minX) - MARGIN),
    minY: Math.max(0, Math.floor(n.minY) - MARGIN),
    maxX: Math.min(raster.width, Math.ceil(n.maxX) + MARGIN),
    maxY: Math.min(raster.height, Math.ceil(n.maxY) + MARGIN),
  };
  const w = crop.maxX - crop.minX;
  const h = crop.maxY - crop.minY;
  if (w < 4 || h < 4) throw new Error('The box is too small: draw it around a whole word or line.');
  const zoom = Math.min(4, Math.max(1, MIN_CROP_HEIGHT / h));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * zoom);
  canvas.height = Math.round(h * zoom);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot crop the page.');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(raster, crop.minX, crop.minY, w, h, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The crop could not be encoded.');
  const opts = toRunOptions(useUi.getState().options, 'png', 1);
  const response = await uploadMultipart({
    url: RUN_URL,
    headers: engineHeaders(opts.engine, useAccessKey.getState().key),
    message: buildMessage(opts, 'region.png', 'png'),
    file: blob,
    fileName: 'region.png',
    signal,
  });
  return addsFromCrop(cropWords(response), page.model?.index ?? page.index, crop, zoom, wpn);
}
