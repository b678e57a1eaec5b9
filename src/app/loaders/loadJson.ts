/** A saved response as opened: parsed JSON, checked later by the lenient model builder. */
export interface SavedResponse {
  name: string;
  json: unknown;
}

/** Parses the text of an opened .json. Only a syntax error is fatal; any shape is shown as far as it goes. */
export function parseResponseText(name: string, text: string): SavedResponse {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { name, json: JSON.parse(clean) as unknown };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`${name} is not valid JSON (${why}).`);
  }
}

export async function loadJson(file: File): Promise<SavedResponse> {
  return parseResponseText(file.name, await file.text());
}
