import { QueryClient } from '@tanstack/react-query';

/** The app's one query client (OCR runs and the engine list). */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false } },
});
