import { useState } from 'react';

/** Copies text to the clipboard and says so briefly. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [done, setDone] = useState<'ok' | 'fail' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone('ok');
    } catch {
      setDone('fail');
    }
    setTimeout(() => setDone(null), 1500);
  };
  return (
    <button type="button" className="btn btn-ghost btn-sm" onClick={() => void copy()} disabled={!text}>
      {done === 'ok' ? 'Copied' : done === 'fail' ? 'Copy failed' : label}
    </button>
  );
}
