import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App.tsx';
import { DocumentDataProvider } from './state/documentData.tsx';
import { installAutomation } from './automation.ts';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false } },
});

installAutomation();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DocumentDataProvider>
        <App />
      </DocumentDataProvider>
    </QueryClientProvider>
  </StrictMode>,
);
