import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { addDocuments } from './api.ts';
import { invalidateProject } from './queries.ts';

const ACCEPTED = /\.(jpe?g|png|pdf|tiff?|json|zip)$/i;
/** Files per request: uploads show progress and no request grows without bound. */
const CHUNK = 8;

export interface UploadState {
  sent: number;
  total: number;
  busy: boolean;
  failed: number;
  errors: string[];
  skipped: string[];
}

/** What a pick or drop sends: documents, responses and zips; hidden files and others are skipped. */
export function uploadable(files: readonly File[]): { send: File[]; skipped: string[] } {
  const send: File[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    if (f.name.startsWith('.')) continue;
    if (ACCEPTED.test(f.name)) send.push(f);
    else skipped.push(f.name);
  }
  return { send, skipped };
}

/** Chunks such that a document and its `name.json` travel together. */
export function chunks(files: readonly File[], size = CHUNK): File[][] {
  const groups = new Map<string, File[]>();
  for (const f of files) {
    const path = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    const base = path.replace(/\.[^./]+$/, '');
    groups.set(base, [...(groups.get(base) ?? []), f]);
  }
  const out: File[][] = [];
  let cur: File[] = [];
  for (const g of groups.values()) {
    if (cur.length && cur.length + g.length > size) {
      out.push(cur);
      cur = [];
    }
    cur.push(...g);
  }
  if (cur.length) out.push(cur);
  return out;
}

export function useAddDocuments(projectId: string) {
  const client = useQueryClient();
  const [state, setState] = useState<UploadState>({
    sent: 0,
    total: 0,
    busy: false,
    failed: 0,
    errors: [],
    skipped: [],
  });
  const add = useCallback(
    (files: readonly File[]) => {
      const { send, skipped } = uploadable(files);
      setState({ sent: 0, total: send.length, busy: send.length > 0, failed: 0, errors: [], skipped });
      if (send.length === 0) return;
      void (async () => {
        let sent = 0;
        let failed = 0;
        const errors: string[] = [];
        for (const part of chunks(send)) {
          try {
            await addDocuments(projectId, part);
          } catch (e) {
            const why = e instanceof Error ? e.message : String(e);
            errors.push(`${part.map((f) => f.name).join(', ')}: ${why}`);
            failed += part.length;
          }
          sent += part.length;
          setState((s) => ({ ...s, sent, failed, errors: [...errors] }));
          void invalidateProject(client, projectId);
        }
        setState((s) => ({ ...s, busy: false }));
      })();
    },
    [client, projectId],
  );
  const dismiss = useCallback(
    () => setState((s) => ({ ...s, errors: [], skipped: [], total: 0, sent: 0, failed: 0 })),
    [],
  );
  return { ...state, add, dismiss };
}

export type AddDocumentsApi = ReturnType<typeof useAddDocuments>;
