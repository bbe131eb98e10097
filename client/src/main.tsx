import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { queryClient } from './api/query-client.js';
import './styles.css';

declare global {
  interface Window {
    /** Requests in flight, for the browser tests: they wait for answers, not for time. */
    __atlasPending?: () => number;
  }
}
window.__atlasPending = () => queryClient.isFetching();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
