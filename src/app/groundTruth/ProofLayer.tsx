import { useEffect } from 'react';
import { useUi } from '../ui/uiStore.ts';
import { loadProof, useProofCode } from './loadProof.ts';
import { useProof } from './proofStore.ts';
import { useReviewer } from './reviewer.ts';
// Eager, unlike the code it styles: it also styles `.link` for the whole app.
import './proof.css';

/**
 * Proofreading over the viewer, once its code has loaded (turning it on loads it): the session
 * on the shared query, the editor, the panel, the box tool, and the reviewer's name dialog.
 */
export function ProofLayer() {
  const on = useProof((s) => s.on);
  const asking = useReviewer((s) => s.asking);
  const code = useProofCode((s) => s.code);
  const wanted = (on || asking) && !code;
  useEffect(() => {
    if (!wanted) return;
    loadProof().catch((e: unknown) => {
      useProof.getState().set({ on: false, editing: null, drawing: false });
      useUi
        .getState()
        .setNotice(`Proofreading could not load: ${e instanceof Error ? e.message : String(e)}`);
    });
  }, [wanted]);
  if (!code) return null;
  return (
    <>
      {on && <code.ProofOn />}
      <code.ReviewerDialog />
    </>
  );
}
