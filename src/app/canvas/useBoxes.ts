import { useState } from 'react';
import { sameBoxes } from '../../model/document/patch.ts';
import type { DocumentModel } from '../../model/index.ts';

/**
 * The model as far as boxes go: the one given, or the one before it while only words' text has
 * changed since (a proofreading edit patches the model, sharing its boxes). A layer that draws
 * boxes only memoises on this and is not redrawn after a text edit.
 */
export function useBoxes<D extends DocumentModel | null>(doc: D): D {
  const [kept, keep] = useState(doc);
  const fresh = kept !== doc && (kept === null || doc === null || !sameBoxes(kept, doc));
  if (fresh) keep(doc);
  return fresh ? doc : kept;
}
