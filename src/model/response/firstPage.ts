/**
 * "Page 1 of a large response first", the pure half: a large multi-page CLOVA response is cut to
 * its first page, which is parsed, built and drawn on its own (in a tenth of the time of a 10-page
 * response) while the whole follows after the first paint. Two cuts: of the text, before parsing
 * (splitResponseText), and of a parsed response, before building the model (firstPageOnly). The
 * app side (when to cut, when the whole replaces the part) is in src/app/document/.
 */

/** Below this many words in the whole response, the model is built in one go (it takes a few ms). */
export const SPLIT_MIN_FIELDS = 4000;

/** From this size on, page 1 is parsed and shown before the whole text is parsed. */
export const SPLIT_MIN_CHARS = 1 << 20;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An `images` entry that is page 0 by position or by its own pageIndex (anything else is numbered differently). */
export function isPageZero(first: unknown): boolean {
  if (!isObject(first)) return false;
  const info = first.convertedImageInfo;
  const given = isObject(info) ? info.pageIndex : undefined;
  return given === undefined || given === 0;
}

/**
 * For a large multi-page response, the same response cut down to its first entry, when that
 * entry is page 0: built on its own it gives exactly the full model's page 0 (same ids, since
 * page 0's words, lines and cells are numbered first). Null when the whole response should
 * simply be built at once.
 */
export function firstPageOnly(response: unknown): unknown {
  if (!isObject(response) || !Array.isArray(response.images) || response.images.length < 2) return null;
  const first: unknown = response.images[0];
  if (!isPageZero(first)) return null;
  let fields = 0;
  for (const img of response.images)
    if (isObject(img) && Array.isArray(img.fields)) fields += img.fields.length;
  if (fields < SPLIT_MIN_FIELDS) return null;
  return { ...response, images: [first] };
}

/** A response text as its page 1, parsed, and the parse of the whole to run later. */
export interface SplitResponse {
  first: { images: unknown[] } & Record<string, unknown>;
  /** Parses the whole text (throws JSON.parse's SyntaxError); its page 1 is `first`'s own object. */
  whole: () => unknown;
}

/**
 * A large multi-page response text (without a byte-order mark) as its page 1, parsed from the head
 * of the text alone, and the parse of the whole, to run once page 1 is drawn: the 4 MB parse and
 * the collection of its objects then come after the first paint. Null when the text is small or
 * not cut (see firstPageText), or when its first entry is not page 0.
 */
export function splitResponseText(text: string): SplitResponse | null {
  if (text.length < SPLIT_MIN_CHARS) return null;
  const cutText = firstPageText(text);
  if (!cutText) return null;
  let first: SplitResponse['first'];
  try {
    first = JSON.parse(cutText) as SplitResponse['first'];
  } catch {
    return null;
  }
  // Only a cut that gives the whole model's page 1 exactly (page 0, same ids) is shown first.
  if (!Array.isArray(first.images) || !isPageZero(first.images[0])) return null;
  const whole = (): unknown => {
    const all = JSON.parse(text) as SplitResponse['first'];
    // Page 1's object is the cut's own, so the page-1 model built from it stays valid.
    return { ...all, images: [first.images[0], ...all.images.slice(1)] };
  };
  return { first, whole };
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/**
 * The text of a CLOVA response cut right after its first `images` entry, closed as
 * `{…"images":[{…}]}`: page 1 can then be parsed (and drawn) alone, before the whole 4 MB is
 * parsed. Only the head of the text is scanned, up to the end of that first entry.
 *
 * Null, so the caller parses the whole text, unless the text is a top-level object whose
 * "version" key comes before an "images" array of at least two entries (keys after "images" would
 * be missing from the cut; CLOVA writes version, requestId, timestamp, images).
 */
export function firstPageText(text: string): string | null {
  let i = skipWs(text, 0);
  if (text.charCodeAt(i) !== 0x7b) return null; // {
  i++;
  let sawVersion = false;
  // Top-level members: "key": value, …
  for (;;) {
    i = skipWs(text, i);
    if (text.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0) return null;
    const key = text.slice(i + 1, keyEnd - 1);
    i = skipWs(text, keyEnd);
    if (text.charCodeAt(i) !== 0x3a) return null; // :
    i = skipWs(text, i + 1);
    if (key === 'images') {
      if (!sawVersion || text.charCodeAt(i) !== 0x5b) return null; // [
      const start = skipWs(text, i + 1);
      const end = valueEnd(text, start);
      if (end < 0 || text.charCodeAt(skipWs(text, end)) !== 0x2c) return null; // a second entry follows
      return `${text.slice(0, end)}]}`;
    }
    if (key === 'version') sawVersion = true;
    const end = valueEnd(text, i);
    if (end < 0) return null;
    i = skipWs(text, end);
    if (text.charCodeAt(i) !== 0x2c) return null; // no images key before the object ends
    i++;
  }
}

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the string starting at `i` (a quote), or -1. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j + 1;
  }
  return -1;
}

/** Index just past the JSON value starting at `i`, or -1 when the text ends first. */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return stringEnd(text, i);
  if (c !== 0x7b && c !== 0x5b) {
    // A number, true, false or null: up to the next delimiter.
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === 0x2c || d === 0x7d || d === 0x5d || WS.has(d)) break;
      j++;
    }
    return j > i ? j : -1;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === QUOTE) {
      j = stringEnd(text, j) - 1;
      if (j < 0) return -1;
    } else if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}
