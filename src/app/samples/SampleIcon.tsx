import type { SampleInfo } from './samplesApi.ts';

/** A small page glyph: stacked sheets for multi-page files, a grid for the table. */
export function SampleIcon({ sample }: { sample: SampleInfo }) {
  const stacked = sample.pages > 1;
  return (
    <svg width="30" height="34" viewBox="0 0 30 34" aria-hidden="true" className="sample-icon">
      {stacked && (
        <rect x="7" y="2" width="20" height="26" rx="2" fill="none" stroke="currentColor" opacity="0.5" />
      )}
      <rect x="3" y="6" width="20" height="26" rx="2" fill="var(--panel-2)" stroke="currentColor" />
      {sample.enableTableDetection ? (
        <path d="M6 12h14M6 17h14M6 22h14M6 27h14M11 12v15M16 12v15" stroke="var(--accent)" strokeWidth="1" />
      ) : (
        <path
          d="M7 12h12M7 16h9M7 20h11M7 24h7"
          stroke="var(--accent)"
          strokeWidth="1.4"
          strokeLinecap="round"
        />
      )}
    </svg>
  );
}
