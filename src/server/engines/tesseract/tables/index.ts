export type { OcrWord, Point, DetectTablesOptions } from './types.ts';
export { detectTables } from './detectTables.ts';
