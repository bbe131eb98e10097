import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built apart from the explorer: the IDE's editor is large and only developers open it.
export default defineConfig({
  root: import.meta.dirname,
  base: '/ide/',
  plugins: [react()],
  build: { outDir: '../dist-ide', emptyOutDir: true, chunkSizeWarningLimit: 6000 },
  logLevel: 'warn',
});
