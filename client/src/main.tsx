import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { queryClient } from './api/query-client.js';
import { SetupPage, tokenFromHash } from './editing/SetupPage.js';
import './styles.css';

declare global {
  interface Window {
    /** Requests in flight, for the browser tests: they wait for answers, not for time. */
    __atlasPending?: () => number;
  }
}
window.__atlasPending = () => queryClient.isFetching();

// The first-admin setup link (/setup#token=…): the token leaves the address bar at once.
const setupToken = location.pathname === '/setup' ? tokenFromHash(location.hash) : null;
if (setupToken !== null) history.replaceState(null, '', '/setup');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {setupToken !== null ? <SetupPage initialToken={setupToken} /> : <App />}
    </QueryClientProvider>
  </StrictMode>,
);
