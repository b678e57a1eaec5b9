import { useQuery } from '@tanstack/react-query';
import { useProjects } from '../projects/projectStore.ts';
import { fetchGroundTruth, groundTruthKeys } from './api.ts';

/** The stored document shown in the viewer, if any: ground truth exists only for those. */
export const useStoredDocumentId = (): string | null => useProjects((s) => s.current?.docId ?? null);

/**
 * A document's ground truth as the server last answered it (one query key for every reader: the
 * editor, the Score tab, compare, the text layer). Edits update this cache, so readers follow.
 */
export function useGroundTruth(documentId: string | null) {
  return useQuery({
    queryKey: groundTruthKeys.document(documentId ?? ''),
    queryFn: ({ signal }) => fetchGroundTruth(documentId!, signal),
    enabled: documentId !== null,
    retry: false,
    // The edit session compares what the cache holds with what it put there (see ProofLayer):
    // kept as given, not merged into the previous answer.
    structuralSharing: false,
  });
}
