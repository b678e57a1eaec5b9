// First: before any module can parse with zod.
import './zodWithoutEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './queryClient.ts';
import { App } from './App.tsx';
import { DocumentDataProvider } from './state/documentData.tsx';
import { installAutomation } from './automation.ts';
import './styles.css';

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
