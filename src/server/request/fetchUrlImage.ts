import type { SpooledImage } from '../engines/engine.ts';
import { RelayError } from '../errors.ts';
import { FetchError } from '../net/safeFetch.ts';
import type { FetchedFile } from '../net/safeFetch.ts';
import { imageTooLarge } from './limits.ts';
import type { Scratch } from './scratch.ts';
import { fileBytes } from '../bytes/spooledBytes.ts';

/** Downloads a URL into a file (the relay binds the SSRF-safe fetcher and its settings). */
export type UrlFetcher = (url: string, dest: string, signal: AbortSignal) => Promise<FetchedFile>;

/**
 * `images[0].url` for engines that need the bytes themselves. Fetch problems answer CLOVA's
 * "URL is invalid" (0001) saying what happened; a too-large image is the usual size error.
 */
export async function fetchUrlImage(
  url: string,
  format: string,
  scratch: Scratch,
  fetcher: UrlFetcher,
  signal: AbortSignal,
): Promise<SpooledImage> {
  const path = await scratch.path('fetched');
  try {
    const got = await fetcher(url, path, signal);
    return {
      bytes: fileBytes(path, got.size),
      size: got.size,
      format: format.toLowerCase(),
      mimeType: got.contentType,
    };
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    if (err.kind === 'too-large') throw imageTooLarge();
    throw new RelayError('0001', `images[0].url could not be used: ${err.message}.`);
  }
}
