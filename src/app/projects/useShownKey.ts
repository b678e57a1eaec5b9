import { useMemo, useState } from 'react';
import { useUi } from '../ui/uiStore.ts';
import { toRunOptions as formRunOptions } from '../run/runOptions.ts';
import { optionsKey } from './runKey.ts';
import type { StoredDocument } from './schemas.ts';

/** Every option set run in the project, most used first. */
export function projectKeysOf(docs: readonly StoredDocument[]): string[] {
  const counts = new Map<string, number>();
  for (const d of docs) for (const r of d.runs) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

/**
 * The option set whose status, confidence and doubtful words the list shows: the user's pick,
 * else the batch being watched, else the options in the form when the project has runs of them,
 * else the set most used.
 */
export function useShownKey(docs: readonly StoredDocument[], batchKey: string | null) {
  const [picked, setPicked] = useState<string | null>(null);
  const form = useUi((s) => s.options);
  const formKey = optionsKey(formRunOptions(form, null, 0));
  const keys = useMemo(() => projectKeysOf(docs), [docs]);
  const shown = picked ?? batchKey ?? (keys.includes(formKey) ? formKey : (keys[0] ?? formKey));
  return { shown, keys, formKey, pick: setPicked };
}
