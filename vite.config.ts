import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the web app (vite build/dev, root src/web) and for vitest (tests/).
export default defineConfig({
  root: 'src/web',
  base: './',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true },
  test: {
    root: '.',
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
