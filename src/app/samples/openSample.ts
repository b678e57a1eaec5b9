import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { fetchSampleFile } from './samplesApi.ts';
import type { SampleInfo } from './samplesApi.ts';
import { writeSampleToUrl } from './sampleUrl.ts';

/** The File of the sample on screen, so opening anything else can drop `?sample=` from the URL. */
let openedSample: File | null = null;

/**
 * One click: fetch the generated document, open it like a dropped file, and run OCR on the
 * embedded engine with the sample's language (and table detection for the table), so a demo
 * works without a CLOVA domain.
 */
export async function openSample(s: SampleInfo): Promise<void> {
  let file: File;
  try {
    file = await fetchSampleFile(s);
  } catch (e) {
    useUi.getState().setNotice(e instanceof Error ? e.message : String(e));
    return;
  }
  openedSample = file;
  await useDocStore.getState().open([file]);
  if (useDocStore.getState().source?.file !== file) return;
  writeSampleToUrl(s.id);
  const ui = useUi.getState();
  ui.setOptions({ engine: 'tesseract', langs: [s.lang], enableTableDetection: s.enableTableDetection });
  ui.requestRun();
}

// Another document replaced the sample: the link no longer describes what is on screen.
useDocStore.subscribe((s, prev) => {
  if (s.source !== prev.source && openedSample && s.source?.file !== openedSample) {
    openedSample = null;
    writeSampleToUrl(null);
  }
});
