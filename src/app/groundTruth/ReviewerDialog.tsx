import { useState } from 'react';
import { useReviewer } from './reviewer.ts';

/** Asks once who is reviewing: the name goes with every change into the ground truth's history. */
export function ReviewerDialog() {
  const asking = useReviewer((s) => s.asking);
  const current = useReviewer((s) => s.name);
  const [name, setName] = useState(current);
  if (!asking) return null;
  const close = () => useReviewer.getState().ask(false);
  return (
    <div className="modal-backdrop" role="presentation" onClick={close}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reviewer-title"
        onClick={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          useReviewer.getState().setName(name);
        }}
      >
        <h3 id="reviewer-title">Who is proofreading?</h3>
        <p className="muted">Your name is kept with each correction, so the history says who changed what.</p>
        <input
          className="reviewer-input"
          data-testid="reviewer-name"
          autoFocus
          value={name}
          maxLength={100}
          placeholder="Your name"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
            e.stopPropagation();
          }}
        />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            Later
          </button>
          <button type="submit" className="btn btn-primary" disabled={!name.trim()} data-testid="reviewer-ok">
            Start
          </button>
        </div>
      </form>
    </div>
  );
}
