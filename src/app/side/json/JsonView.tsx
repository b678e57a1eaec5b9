import { useMemo, useState } from 'react';
import { usePanelData } from '../../document/documentData.tsx';
import { useDocStore } from '../../document/docStore.ts';
import { JsonNode } from './JsonNode.tsx';
import { CopyButton } from '../widgets/CopyButton.tsx';

/** The raw response, pretty-printed and foldable, with copy and download. */
export function JsonView() {
  const { raw, origin } = usePanelData();
  const saved = useDocStore((s) => s.saved);
  const source = useDocStore((s) => s.source);
  const [openDepth, setOpenDepth] = useState(3);
  const [gen, setGen] = useState(0);
  const text = useMemo(() => (raw === undefined ? '' : JSON.stringify(raw, null, 2)), [raw]);

  if (raw === undefined)
    return (
      <div className="empty-panel" data-testid="json-view">
        <p className="hint">No response yet. Run OCR, or open a saved CLOVA response (.json).</p>
      </div>
    );

  const fileName =
    origin === 'saved' && saved
      ? saved.name
      : `${(source?.name ?? 'document').replace(/\.[^.]+$/, '')}.clova.json`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const fold = (depth: number) => {
    setOpenDepth(depth);
    setGen(gen + 1);
  };

  return (
    <section className="json-view" data-testid="json-view">
      <div className="panel-bar">
        {/* Short label: four buttons share the side panel's width; the title says it in full. */}
        <span className="muted" title={`${origin === 'saved' ? 'Saved JSON' : 'OCR run'}: ${fileName}`}>
          {origin === 'saved' ? 'Saved' : 'Run'} · {(text.length / 1024).toFixed(1)} KB
        </span>
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => fold(99)}>
          Expand
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => fold(1)}>
          Collapse
        </button>
        <CopyButton text={text} />
        <button type="button" className="btn btn-ghost btn-sm" onClick={download}>
          Download
        </button>
      </div>
      <div className="json-body" key={gen}>
        <JsonNode name={null} value={raw} depth={0} openDepth={openDepth} />
      </div>
    </section>
  );
}
