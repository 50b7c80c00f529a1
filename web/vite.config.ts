/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In dev mode (npm run dev:web) the API runs beside Vite (npm start, port 3000 by default).
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  // The root keeps React 18 for GraphiQL; the app and its libraries use web/'s React 19.
  resolve: { dedupe: ['react', 'react-dom', 'react-is'] },
  // React, Mantine and urql are one chunk of about 170 kB gzip; split it when pages grow.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  // Unit tests of the page logic (npm test runs them first, through the root's pretest).
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/auth': api },
  },
});
