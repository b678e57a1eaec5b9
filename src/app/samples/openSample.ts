import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { openInput } from '../document/openInput.ts';
import { fetchSampleFile } from './samplesApi.ts';
import type { SampleInfo } from './samplesApi.ts';
import { writeSampleToUrl } from './sampleUrl.ts';
import { perform } from '../actions/registry.ts';

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
  await openInput([file]);
  if (useDocStore.getState().source?.file !== file) return;
  writeSampleToUrl(s.id);
  const ui = useUi.getState();
  ui.setOptions({ engine: 'tesseract', langs: [s.lang], enableTableDetection: s.enableTableDetection });
  perform('runOcr');
}
