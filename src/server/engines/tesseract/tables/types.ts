export type Point = { x: number; y: number };

/** A word recognised on the page, as the engine hands it over. */
export type OcrWord = {
  text: string;
  /** 0..1 */
  confidence: number;
  /** 4 vertices, clockwise from the text's top-left, in page pixel coordinates. */
  poly: Point[];
};

/** 1 = dark (ink), 0 = background. Same layout as GrayImage (raster/grayImage.ts). */
export type BinaryMask = { data: Uint8Array; width: number; height: number };

export type DetectTablesOptions = {
  /** Page skew in degrees (clockwise positive, y down). Estimated from the image when absent. */
  skewDegrees?: number;
  /** Largest skew searched for, in degrees. */
  maxSkewDegrees?: number;
};
