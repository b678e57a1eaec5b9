import { useDocStore } from '../document/docStore.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';

/** When both a saved response and a run result exist, choose which one is shown (floats over the canvas). */
export function SourceSwitch() {
  const saved = useDocStore((s) => s.saved);
  const { run, origin } = useDocumentData();
  const setSource = useUi((s) => s.setResponseSource);
  if (!saved || !run.result) return null;
  return (
    <div
      className="segmented source-switch"
      role="radiogroup"
      aria-label="Shown response"
      data-testid="source-switch"
    >
      <button
        type="button"
        role="radio"
        aria-checked={origin === 'saved'}
        className={origin === 'saved' ? 'seg on' : 'seg'}
        onClick={() => setSource('saved')}
      >
        Saved JSON
      </button>
      <button
        type="button"
        role="radio"
        aria-checked={origin === 'run'}
        className={origin === 'run' ? 'seg on' : 'seg'}
        onClick={() => setSource('run')}
      >
        OCR run
      </button>
    </div>
  );
}
