import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileBytes, memoryBytes } from '../../src/server/bytes/spooledBytes.ts';
import type { SpooledBytes } from '../../src/server/bytes/spooledBytes.ts';

export type SpoolKind = 'memory' | 'file';
export const SPOOL_KINDS: SpoolKind[] = ['memory', 'file'];

/**
 * `data` as the relay may hold it: in memory, cut into 7-byte chunks so every header read crosses
 * chunk boundaries, or in a file under `dir`.
 */
export async function spooled(
  kind: SpoolKind,
  data: Buffer,
  dir: string,
  name: string,
): Promise<SpooledBytes> {
  const path = join(dir, name);
  if (kind === 'file') {
    await writeFile(path, data);
    return fileBytes(path, data.length);
  }
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += 7) chunks.push(data.subarray(i, i + 7));
  return memoryBytes(chunks, async () => path);
}
