import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Stores bytes under their SHA-256 once: identical uploads share one row. */
export async function putBlob(db: Kysely<Database>, sha256: string, bytes: Buffer): Promise<void> {
  await db
    .insertInto('blobs')
    .values({ sha256, bytes, size: bytes.length })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function getBlob(db: Kysely<Database>, sha256: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('blobs').select('bytes').where('sha256', '=', sha256).executeTakeFirst();
  return row?.bytes;
}

/** Of these blobs, deletes those no document refers to any more (call inside the deleting transaction). */
export async function deleteOrphanBlobs(db: Kysely<Database>, shas: string[]): Promise<void> {
  const unique = [...new Set(shas)];
  for (let i = 0; i < unique.length; i += 500) {
    await db
      .deleteFrom('blobs')
      .where('sha256', 'in', unique.slice(i, i + 500))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('documents').select('id').whereRef('documents.sha256', '=', 'blobs.sha256'))),
      )
      .execute();
  }
}
