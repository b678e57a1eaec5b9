import { openFiles } from '../loaders/openFiles.ts';
import { isSessionFile } from '../share/sessionFile.ts';
import { beginOpening, failOpening, replaceDocument } from './openDocument.ts';

/**
 * Opens what the user dropped, picked or pasted (or a sample fetched for them): a session file,
 * or one document and/or one response. Either way it ends in replaceDocument, or in errors with
 * the document on screen left as it was.
 */
export async function openInput(files: File[]): Promise<void> {
  if (files.length === 0) return;
  // A session file brings its document, runs and view with it (loaded on demand, like PDF support).
  if (await isSessionFile(files)) return (await import('../share/openSession.ts')).openSession(files[0]);
  beginOpening();
  const r = await openFiles(files);
  const errors = [
    ...r.errors,
    ...r.ignored.map((n) => `${n} was not opened: one document and one response at a time.`),
  ];
  if (!r.source && !r.saved) return failOpening(errors);
  replaceDocument({ source: r.source, hash: r.hash, saved: r.saved, errors, whole: r.savedWhole });
}
