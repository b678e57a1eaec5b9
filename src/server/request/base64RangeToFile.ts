import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { invalidBody } from '../errors.ts';
import type { ByteRange } from './liftDataStrings.ts';
import { SizeLimitError } from '../bytes/spool.ts';

const DATA_URL_PREFIX = /^data:[^,]{0,200};base64,/;
// Long enough to hold the longest prefix the pattern above accepts.
const PREFIX_WINDOW = 240;
const notBase64 = () => invalidBody('images[0].data is not valid base64.');

/**
 * Decodes the base64 text at `range` of the file `source` into `dest` as it is read, so neither
 * the text nor the image is ever whole in memory. Same rules as base64ToFile: standard and
 * URL-safe alphabets, spaces ignored, a `data:…;base64,` prefix allowed, `=` only at the end, and
 * more than `maxBytes` decoded is a SizeLimitError.
 */
export async function base64RangeToFile(
  source: string,
  range: ByteRange,
  dest: string,
  maxBytes: number,
  /** Read size; small values let tests put chunk boundaries anywhere. */
  chunkBytes = 64 * 1024,
): Promise<number> {
  const out = await open(dest, 'w');
  try {
    let carry = '';
    let written = 0;
    let ended = false;
    const write = async (text: string) => {
      const bytes = Buffer.from(text, 'base64');
      written += bytes.length;
      if (written > maxBytes) throw new SizeLimitError(maxBytes);
      await out.write(bytes);
    };
    const input =
      range.end <= range.start
        ? []
        : createReadStream(source, {
            start: range.start,
            end: range.end - 1,
            encoding: 'latin1',
            highWaterMark: chunkBytes,
          });
    for await (const chunk of withoutPrefix(input as AsyncIterable<string>)) {
      const text = chunk.includes(' ') ? chunk.replace(/ +/g, '') : chunk;
      if (!/^[A-Za-z0-9+/_=-]*$/.test(text)) throw notBase64();
      // '=' pads the last group only: nothing but more '=' may follow one.
      if (ended && /[^=]/.test(text)) throw notBase64();
      if (text.includes('=')) {
        ended = true;
        if (!/^[^=]*=+$/.test(text)) throw notBase64();
      }
      carry += text;
      const whole = carry.length - (carry.length % 4);
      if (!ended && whole > 0) {
        await write(carry.slice(0, whole));
        carry = carry.slice(whole);
      }
    }
    if (carry.length % 4 === 1 || /={3,}$/.test(carry)) throw notBase64();
    if (carry.length > 0) await write(carry);
    return written;
  } finally {
    await out.close();
  }
}

/** The chunks with a leading `data:…;base64,` removed, however the chunks split it. */
async function* withoutPrefix(chunks: AsyncIterable<string> | string[]): AsyncGenerator<string> {
  let head = '';
  let passing = false;
  for await (const chunk of chunks) {
    if (passing) {
      yield chunk;
      continue;
    }
    head += chunk;
    if (head.length >= PREFIX_WINDOW) {
      passing = true;
      yield head.replace(DATA_URL_PREFIX, '');
    }
  }
  if (!passing) yield head.replace(DATA_URL_PREFIX, '');
}
