import { randomBytes } from 'node:crypto';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** Where a lifted string's characters sit in the body (bytes, quotes excluded). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface LiftedJson {
  /** The body with each lifted value replaced by a placeholder string. */
  text: string;
  /** Placeholder value (as JSON.parse returns it) → where the real value is in the body. */
  lifted: Map<string, ByteRange>;
}

/**
 * Takes the values of `"data"` keys longer than `minBytes` out of a JSON body before it is parsed,
 * so a 67 MB base64 image is never a JavaScript string (parsing one costs several copies on the
 * heap: hundreds of MB for one request). Only values without escapes are lifted: their bytes are
 * then exactly the string. Everything else, valid or not, is left for JSON.parse to judge.
 */
export function liftDataStrings(body: Buffer, minBytes = 64 * 1024): LiftedJson {
  const token = randomBytes(8).toString('hex');
  const lifted = new Map<string, ByteRange>();
  const pieces: Buffer[] = [];
  let copied = 0;
  let key: string | undefined;
  for (let pos = body.indexOf(QUOTE); pos >= 0;) {
    const end = stringEnd(body, pos + 1);
    if (end < 0) break;
    let after = end + 1;
    while (after < body.length && isSpace(body[after])) after++;
    if (body[after] === COLON) {
      key = end - pos - 1 <= 64 ? body.toString('utf8', pos + 1, end) : undefined;
      pos = body.indexOf(QUOTE, after + 1);
      if (pos >= 0 && !onlySpaces(body, after + 1, pos)) key = undefined;
      continue;
    }
    const escape = body.indexOf(BACKSLASH, pos + 1);
    if (key === 'data' && end - pos - 1 >= minBytes && (escape < 0 || escape > end)) {
      // A NUL cannot appear unescaped in JSON, so no sent value equals a placeholder by accident.
      const placeholder = `\u0000${token}:${lifted.size}`;
      lifted.set(placeholder, { start: pos + 1, end });
      pieces.push(body.subarray(copied, pos), Buffer.from(JSON.stringify(placeholder)));
      copied = end + 1;
    }
    key = undefined;
    pos = body.indexOf(QUOTE, end + 1);
  }
  pieces.push(body.subarray(copied));
  return { text: Buffer.concat(pieces).toString('utf8'), lifted };
}

/** Index of the quote closing a string whose characters start at `from`, or -1. */
function stringEnd(body: Buffer, from: number): number {
  for (let q = body.indexOf(QUOTE, from); q >= 0; q = body.indexOf(QUOTE, q + 1)) {
    let slashes = 0;
    while (body[q - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q;
  }
  return -1;
}

function onlySpaces(body: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(body[i])) return false;
  return true;
}
