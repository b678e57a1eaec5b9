import { isPageZero } from '../../model/response/firstPageFirst.ts';
import { firstPageText } from './firstPageText.ts';

/** A saved response as opened: parsed JSON, checked later by the lenient model builder. */
export interface SavedResponse {
  name: string;
  json: unknown;
  /** True while `json` is only the first page of a larger response, whose whole is being parsed. */
  partial?: boolean;
}

/** An opened response; a large multi-page one first as its page 1, with the parse of the whole to call later. */
export interface LoadedJson {
  saved: SavedResponse;
  /** Parses the whole text (throws with the file name on a syntax error). */
  whole?: () => SavedResponse;
}

/** From this size on, page 1 is parsed and shown before the whole text is parsed. */
export const SPLIT_MIN_CHARS = 1 << 20;

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Parses the text of an opened .json. Only a syntax error is fatal; any shape is shown as far as it goes. */
export function parseResponseText(name: string, text: string): SavedResponse {
  const clean = withoutBom(text);
  try {
    return { name, json: JSON.parse(clean) as unknown };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`${name} is not valid JSON (${why}).`);
  }
}

/** True when `next` is the whole of the partial response `prev` (the same document, not a new one). */
export function completes(prev: SavedResponse | null, next: SavedResponse | null): boolean {
  return !!prev?.partial && !!next && !next.partial && next.name === prev.name;
}

export async function loadJson(file: File): Promise<LoadedJson> {
  const text = await file.text();
  return splitResponseText(file.name, text) ?? { saved: parseResponseText(file.name, text) };
}

/**
 * A large multi-page response as its page 1 (parsed from the head of the text alone) and the parse
 * of the whole, for the caller to run once page 1 is drawn: the 4 MB parse and the collection of
 * its objects then come after the first paint, not before. Null when the text is small or not cut
 * (see firstPageText).
 */
export function splitResponseText(name: string, text: string): LoadedJson | null {
  if (text.length < SPLIT_MIN_CHARS) return null;
  const cutText = firstPageText(withoutBom(text));
  if (!cutText) return null;
  let cut: { images: unknown[] } & Record<string, unknown>;
  try {
    cut = JSON.parse(cutText) as typeof cut;
  } catch {
    return null;
  }
  // Only a cut that gives the whole model's page 1 exactly (page 0, same ids) is shown first.
  if (!Array.isArray(cut.images) || !isPageZero(cut.images[0])) return null;
  const whole = (): SavedResponse => {
    const all = parseResponseText(name, text).json as typeof cut;
    // Page 1's object is the cut's own, so the page-1 model built from it stays valid.
    return { name, json: { ...all, images: [cut.images[0], ...all.images.slice(1)] } };
  };
  return { saved: { name, json: cut, partial: true }, whole };
}
