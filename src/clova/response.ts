import { z } from './zod.ts';

/**
 * CLOVA General OCR response. Objects are loose: unknown keys (added by CLOVA later, or by apps
 * that saved the response) survive parsing and relaying. Numbers may be ints or floats.
 */
export const VertexSchema = z.looseObject({ x: z.number(), y: z.number() });
export type Vertex = z.infer<typeof VertexSchema>;

export const BoundingPolySchema = z.looseObject({ vertices: z.array(VertexSchema) });
export type BoundingPoly = z.infer<typeof BoundingPolySchema>;

export const FieldTypeSchema = z.enum(['NORMAL', 'MULTI_BOX', 'CHECKBOX']);

export const FieldSchema = z.looseObject({
  name: z.string().optional(),
  valueType: z.string().optional(),
  boundingPoly: BoundingPolySchema,
  inferText: z.string(),
  inferConfidence: z.number(),
  /** V2 only. */
  type: z.string().optional(),
  /** V2 from 2021 on: true on the last field of a visual line. */
  lineBreak: z.boolean().optional(),
  checked: z.boolean().optional(),
});
export type Field = z.infer<typeof FieldSchema>;

export const CellWordSchema = z.looseObject({
  boundingPoly: BoundingPolySchema,
  inferText: z.string(),
  inferConfidence: z.number(),
});
export type CellWord = z.infer<typeof CellWordSchema>;

export const CellTextLineSchema = z.looseObject({
  boundingPoly: BoundingPolySchema,
  inferConfidence: z.number(),
  cellWords: z.array(CellWordSchema),
});
export type CellTextLine = z.infer<typeof CellTextLineSchema>;

export const CellSchema = z.looseObject({
  cellTextLines: z.array(CellTextLineSchema),
  boundingPoly: BoundingPolySchema,
  inferConfidence: z.number(),
  rowSpan: z.number().int(),
  rowIndex: z.number().int(),
  columnSpan: z.number().int(),
  columnIndex: z.number().int(),
});
export type Cell = z.infer<typeof CellSchema>;

export const TableSchema = z.looseObject({
  cells: z.array(CellSchema),
  boundingPoly: BoundingPolySchema,
  inferConfidence: z.number(),
});
export type Table = z.infer<typeof TableSchema>;

export const ConvertedImageInfoSchema = z.looseObject({
  width: z.number(),
  height: z.number(),
  pageIndex: z.number().int(),
  longImage: z.boolean().optional(),
});
export type ConvertedImageInfo = z.infer<typeof ConvertedImageInfoSchema>;

export const InferResultSchema = z.enum(['SUCCESS', 'FAILURE', 'ERROR']);
export type InferResult = z.infer<typeof InferResultSchema>;

export const ImageResultSchema = z.looseObject({
  uid: z.string(),
  name: z.string(),
  inferResult: InferResultSchema,
  message: z.string(),
  validationResult: z.looseObject({ result: z.string(), message: z.string().optional() }).optional(),
  convertedImageInfo: ConvertedImageInfoSchema.optional(),
  tables: z.array(TableSchema).optional(),
  fields: z.array(FieldSchema).optional(),
});
export type ImageResult = z.infer<typeof ImageResultSchema>;

export const OcrResponseSchema = z.looseObject({
  version: z.string(),
  requestId: z.string(),
  timestamp: z.number(),
  images: z.array(ImageResultSchema),
});
export type OcrResponse = z.infer<typeof OcrResponseSchema>;
