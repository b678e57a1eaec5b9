/**
 * The `sample` URL parameter: a shared link reopens the sample. Other parameters (the view state
 * the review workflow writes) are left as they are.
 */
export const SAMPLE_PARAM = 'sample';

export function sampleFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get(SAMPLE_PARAM);
  return id && /^[\w-]{1,64}$/.test(id) ? id : null;
}

/** `search` with the sample set (or removed when null), keeping every other parameter. */
export function withSample(search: string, id: string | null): string {
  const p = new URLSearchParams(search);
  if (id) p.set(SAMPLE_PARAM, id);
  else p.delete(SAMPLE_PARAM);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Whether the `sample` parameter in the URL was written for the document on screen. */
let written = false;

export function writeSampleToUrl(id: string | null): void {
  written = id !== null;
  const next = withSample(location.search, id);
  if (next === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${next}${location.hash}`);
}

/**
 * Another document replaced the sample: the link no longer describes what is on screen. A
 * parameter this page did not write (a link naming an unknown sample) is left alone.
 */
export function forgetSampleInUrl(): void {
  if (written) writeSampleToUrl(null);
}
