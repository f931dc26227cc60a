import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { phonePage } from './build/phonePage';

const server = 'http://127.0.0.1:8080';

export default defineConfig({
  // phone.html: what `/j/<CODE>` gets, with the phone's chunks preloaded (see build/phonePage.ts).
  plugins: [react(), phonePage()],
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/sync': { target: server, ws: true },
      '/live': { target: server, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The page-weight benchmark follows each route's imports through the manifest.
    manifest: true,
    rollupOptions: {
      // shared's modules only declare things; telling the bundler so keeps zod and Yjs out of the
      // phone's chunk when it imports a constant or a helper from a shared subpath.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]shared[\\/]src[\\/]/.test(id),
        // Building a zod schema has no effect beyond its value: an unused schema may go.
        manualPureFunctions: ['z'],
      },
      output: {
        // Heavy libraries get chunks of their own, so the bundler never parks a small shared
        // helper the phone needs inside them (the phone loads neither zod nor Yjs).
        manualChunks: (id: string) => {
          if (/[\\/]node_modules[\\/](\.pnpm[\\/])?zod/.test(id)) return 'zod';
          if (/[\\/]node_modules[\\/].*(yjs|lib0|y-websocket|y-protocols)[\\/]/.test(id)) return 'yjs';
          if (/[\\/]node_modules[\\/].*qrcode/.test(id)) return 'qrcode';
          return undefined;
        },
      },
    },
  },
});
