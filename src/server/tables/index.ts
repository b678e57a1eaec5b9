export type { GrayImage, OcrWord, Point, DetectTablesOptions } from './types.ts';
export { loadGray } from './load-gray.ts';
export { detectTables } from './detect-tables.ts';
