import { useQuery } from '@tanstack/react-query';
import { fetchSamples } from './samplesApi.ts';

/** The relay's sample list (fixed for the relay's life). */
export function useSamples() {
  return useQuery({
    queryKey: ['samples'],
    queryFn: ({ signal }) => fetchSamples(signal),
    staleTime: Infinity,
  });
}
