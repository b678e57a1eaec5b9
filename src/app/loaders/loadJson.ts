import { splitResponseText as splitText } from '../../model/response/firstPage.ts';

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

export { SPLIT_MIN_CHARS } from '../../model/response/firstPage.ts';

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function notJson(name: string, e: unknown): Error {
  const why = e instanceof Error ? e.message : String(e);
  return new Error(`${name} is not valid JSON (${why}).`);
}

/** Parses the text of an opened .json. Only a syntax error is fatal; any shape is shown as far as it goes. */
export function parseResponseText(name: string, text: string): SavedResponse {
  try {
    return { name, json: JSON.parse(withoutBom(text)) as unknown };
  } catch (e) {
    throw notJson(name, e);
  }
}

export async function loadJson(file: File): Promise<LoadedJson> {
  const text = await file.text();
  return splitResponseText(file.name, text) ?? { saved: parseResponseText(file.name, text) };
}

/**
 * A large multi-page response as its page 1 and the parse of the whole, for the document
 * lifecycle to run once page 1 is drawn (see model/response/firstPage.ts). Null when the text is
 * small or not cut.
 */
export function splitResponseText(name: string, text: string): LoadedJson | null {
  const split = splitText(withoutBom(text));
  if (!split) return null;
  const whole = (): SavedResponse => {
    try {
      return { name, json: split.whole() };
    } catch (e) {
      throw notJson(name, e);
    }
  };
  return { saved: { name, json: split.first, partial: true }, whole };
}
