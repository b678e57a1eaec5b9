import { open } from 'node:fs/promises';
import { invalidBody } from '../errors.ts';
import { SizeLimitError } from '../bytes/spool.ts';

// A multiple of 4 characters, so every slice decodes on its own.
const SLICE_CHARS = 4 * 256 * 1024;

/**
 * Decodes `images[].data` to a file slice by slice, so the decoded image is never a second full
 * copy in memory. Accepts standard and URL-safe alphabets, line breaks, and a `data:…;base64,`
 * prefix; refuses anything else, and anything that decodes to more than `maxBytes`.
 */
export async function base64ToFile(data: string, path: string, maxBytes: number): Promise<number> {
  let text = data.replace(/^data:[^,]{0,200};base64,/, '');
  if (/\s/.test(text)) text = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw invalidBody('images[0].data is not valid base64.');
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const decodedSize = Math.floor((text.length * 3) / 4) - padding;
  if (decodedSize > maxBytes) throw new SizeLimitError(maxBytes);

  const fh = await open(path, 'w');
  try {
    let written = 0;
    for (let i = 0; i < text.length; i += SLICE_CHARS) {
      const chunk = Buffer.from(text.slice(i, i + SLICE_CHARS), 'base64');
      await fh.write(chunk);
      written += chunk.length;
    }
    return written;
  } finally {
    await fh.close();
  }
}
