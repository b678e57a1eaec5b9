import type { RunOptions } from '../run/runOptions.ts';
import type { StoredOptions } from './schemas.ts';

/** The store's canonical option-set key, `engine|version|lang|tables` (issue 14 §5). */
export function optionsKey(
  o: Pick<StoredOptions, 'engine' | 'version' | 'lang' | 'enableTableDetection'>,
): string {
  return `${o.engine}|${o.version}|${o.lang}|${o.enableTableDetection}`;
}

/** Stored options as the viewer's run cache keys them (a stored run is of the whole document). */
export function toRunOptions(o: StoredOptions): RunOptions {
  return {
    engine: o.engine,
    version: o.version,
    lang: o.lang,
    enableTableDetection: o.enableTableDetection,
    range: null,
  };
}

/** The options the store takes for a batch: the viewer's, without the page range. */
export function toStoredOptions(o: RunOptions): StoredOptions {
  return { engine: o.engine, version: o.version, lang: o.lang, enableTableDetection: o.enableTableDetection };
}

/** "tesseract · V2 · ko,ja · tables" for a key. */
export function keyLabel(key: string): string {
  const [engine, version, lang, tables] = key.split('|');
  if (version === undefined) return key;
  const parts = [engine || 'default engine', version, lang || 'auto lang'];
  if (tables === 'true') parts.push('tables');
  return parts.join(' · ');
}
