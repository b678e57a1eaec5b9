import { useEffect, useRef } from 'react';
import { useUi } from '../ui/uiStore.ts';
import { fetchSamples } from './samplesApi.ts';
import { openSample } from './openSample.ts';
import { sampleFromSearch } from './sampleUrl.ts';

/** A link carrying `?sample=<id>` opens that sample (and runs it) once, when the app starts. */
export function useSampleFromUrl(): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const id = sampleFromSearch(location.search);
    if (!id) return;
    fetchSamples()
      .then((list) => {
        const s = list.find((x) => x.id === id);
        if (s) return openSample(s);
        useUi.getState().setNotice(`The link names a sample this relay does not have: ${id}.`);
      })
      .catch((e: unknown) => useUi.getState().setNotice(e instanceof Error ? e.message : String(e)));
  }, []);
}
