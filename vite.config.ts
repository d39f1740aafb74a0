import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://drillbook (desktop) or the host's own origin
// (browser): relative asset URLs work under both. Fonts are bundled into assets.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline data: URLs for fonts or scripts; everything is a file of the app.
    assetsInlineLimit: 0,
  },
});
