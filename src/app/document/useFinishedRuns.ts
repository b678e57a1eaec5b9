import { useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';

/** Re-renders when a run lands in (or leaves) the query cache: its value is the count of answers held. */
export function useFinishedRuns(): number {
  const client = useQueryClient();
  return useSyncExternalStore(
    (onChange) => client.getQueryCache().subscribe(onChange),
    () =>
      client
        .getQueryCache()
        .getAll()
        .filter((q) => q.state.data !== undefined).length,
  );
}
