import { create } from 'zustand';
import { useUi } from '../ui/uiStore.ts';
import type * as ProofModule from './proofCode.ts';

/**
 * Proofreading's code (the edit session, its commands, the panel, the editor, the box tool and
 * their ground-truth kernels) loads on its first use, off the viewer's first load: turning
 * proofreading on awaits it. Until then no ground truth is shown, so nothing else needs it.
 */
export type ProofCode = typeof ProofModule;

export const useProofCode = create<{ code: ProofCode | null }>()(() => ({ code: null }));

let pending: Promise<ProofCode> | null = null;

/** Loads proofreading's code once; later calls share the first load. */
export function loadProof(): Promise<ProofCode> {
  pending ??= import('./proofCode.ts').then((code) => {
    useProofCode.setState({ code });
    return code;
  });
  // A failed load (the relay restarted mid-deploy) is tried again on the next use.
  pending.catch(() => (pending = null));
  return pending;
}

/** The code when it has loaded, else null (nothing that needs it can be on screen yet). */
export const proofCode = (): ProofCode | null => useProofCode.getState().code;

/** Runs `fn` with the code: at once when loaded (a key acts in its own event), else once loaded. */
export function withProof(fn: (code: ProofCode) => void): void {
  const code = proofCode();
  if (code) fn(code);
  else
    loadProof()
      .then(fn)
      .catch((e: unknown) =>
        useUi
          .getState()
          .setNotice(`Proofreading could not load: ${e instanceof Error ? e.message : String(e)}`),
      );
}

/** Subscribes to the edit session's store (undo, redo) from when it loads. */
export function subscribeEdits(cb: () => void): () => void {
  let off: (() => void) | null = null;
  const attach = () => {
    const code = proofCode();
    if (code && !off) off = code.edits.store.subscribe(cb);
  };
  attach();
  const offCode = useProofCode.subscribe(() => {
    attach();
    cb();
  });
  return () => {
    offCode();
    off?.();
  };
}
