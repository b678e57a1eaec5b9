const DOCUMENT = /\.(jpe?g|png|pdf|tiff?)$/i;
const baseName = (n: string) => n.replace(/\.[^.]+$/, '');

/** What of a drop goes into the store: its documents, and a response `.json` named like one of them. */
export function inboxFiles(files: readonly File[]): File[] {
  const docs = files.filter(
    (f) => DOCUMENT.test(f.name) || /^(image\/(png|jpeg|tiff)|application\/pdf)$/.test(f.type),
  );
  const bases = new Set(docs.map((f) => baseName(f.name)));
  const responses = files.filter((f) => /\.json$/i.test(f.name) && bases.has(baseName(f.name)));
  return docs.length ? [...docs, ...responses] : [];
}

/**
 * A file opened without choosing a project is also kept in the Inbox, in the background (see
 * inboxUpload.ts, loaded only when there is something to keep, off the viewer's first load).
 */
export async function keepInInbox(files: readonly File[]): Promise<void> {
  const upload = inboxFiles(files);
  if (upload.length === 0) return;
  const { storeInInbox } = await import('./inboxUpload.ts');
  await storeInInbox(upload);
}
