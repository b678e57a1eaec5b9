import { Unzip, UnzipInflate } from 'fflate';
import { invalidBody } from '../errors.ts';
import type { RelayError } from '../errors.ts';
import type { UploadLimits } from '../config.ts';
import { documentName, isClutter } from './names.ts';

export interface UnzippedFile {
  name: string;
  bytes: Buffer;
}

export interface UnzipBudget {
  /** Entries (files) left for this upload. */
  entries: number;
  /** Unpacked bytes left for this upload. */
  bytes: number;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Unpacks a zip in memory, refusing it whole (nothing is stored) when an entry's path climbs out
 * or is absolute, when it holds more entries or unpacks to more bytes than the budget, or when an
 * entry inflates more than `maxZipRatio` times its packed size (a bomb). Sizes are counted as the
 * bytes come out of the inflater, never taken from the zip's headers, which can lie.
 */
export function unzipUpload(
  zip: Buffer,
  zipName: string,
  limits: UploadLimits,
  budget: UnzipBudget,
): UnzippedFile[] {
  const out: UnzippedFile[] = [];
  let failure: RelayError | undefined;
  const uz = new Unzip();
  uz.register(UnzipInflate);
  uz.onfile = (file) => {
    if (failure) return;
    if (file.name.endsWith('/')) return; // a folder entry
    let name: string;
    try {
      name = documentName(file.name, `Entry of ${zipName}`);
    } catch (err) {
      failure = err as RelayError;
      return;
    }
    if (isClutter(name)) return;
    if (--budget.entries < 0) {
      failure = invalidBody(
        `${zipName} holds more files than the upload may (${limits.maxFiles} files, ${limits.maxZipEntries} per zip).`,
      );
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const packed = Math.max(file.size ?? 0, 1);
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        failure = invalidBody(`${zipName}: entry '${name}' is damaged (${err.message}).`);
        return;
      }
      size += data.length;
      budget.bytes -= data.length;
      if (budget.bytes < 0) {
        failure = invalidBody(
          `${zipName} unpacks to more than ${mb(limits.maxUnzippedBytes)} (MAX_UNZIPPED_BYTES).`,
        );
      } else if (size > 1024 * 1024 && size / packed > limits.maxZipRatio) {
        failure = invalidBody(
          `${zipName}: entry '${name}' inflates over ${limits.maxZipRatio} times its packed size: refused as a zip bomb.`,
        );
      }
      if (failure) return file.terminate();
      chunks.push(Buffer.from(data));
      if (final) out.push({ name, bytes: Buffer.concat(chunks) });
    };
    file.start();
  };
  try {
    uz.push(zip, true);
  } catch (err) {
    failure ??= invalidBody(`${zipName} is not a readable zip (${(err as Error).message}).`);
  }
  if (failure) throw failure;
  return out;
}

/** Zip files start with a local file header (PK\x03\x04) or, when empty, the end record. */
export function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}
