export type { GrayImage, OcrWord, Point, DetectTablesOptions } from './types.ts';
export { loadGray } from './loadGray.ts';
export { detectTables } from './detectTables.ts';
