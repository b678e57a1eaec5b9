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
