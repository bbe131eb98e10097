import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The explorer: built into client/dist, which the server serves at /. In development
// (`vite --config client/vite.config.ts`) the API is proxied to the server (ATLAS_API, default :4000).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: process.env.ATLAS_API ?? 'http://localhost:4000', changeOrigin: true },
      '/healthz': { target: process.env.ATLAS_API ?? 'http://localhost:4000', changeOrigin: true },
    },
  },
  logLevel: 'warn',
});
