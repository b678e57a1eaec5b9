// The tokens, reset and shared controls first: every component's own CSS comes after them.
import './base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './document/queryClient.ts';
import { App } from './shell/App.tsx';
import { DocumentDataProvider } from './document/documentData.tsx';
import { installAutomation } from './automation.ts';

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
