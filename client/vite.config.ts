import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { phonePage } from './build/phonePage';
import { routeFiles } from './build/routeFiles';

const server = 'http://127.0.0.1:8080';

const EARLY_LIVE = /[\\/]src[\\/]features[\\/]phone[\\/]earlyLive\.ts$/;

/**
 * The boot chunk: small modules without React that every page shares (storage, the API client,
 * the router) and the phone's early socket. One file instead of four: on a phone's HTTP/1.1
 * connection the browser fetches six files at a time, and each extra wave costs a round trip.
 * It may import no other chunk, React least of all: the phone page runs it before React has
 * arrived (build/phonePage.ts checks).
 */
const BOOT = [
  /[\\/]client[\\/]src[\\/](lib[\\/][^/\\]+|router)\.ts$/,
  /[\\/]client[\\/]src[\\/]features[\\/]phone[\\/](earlyLive|phoneSession)\.ts$/,
  /[\\/]shared[\\/]src[\\/](api|protocol)[\\/]/,
  /[\\/]node_modules[\\/].*zustand[\\/]esm[\\/]vanilla/,
  // Vite's helper for lazy imports (no imports of its own): the entry needs it for every page, and
  // left alone it lands in whichever chunk first imports lazily — the message library's.
  /^\0vite\/preload-helper/,
];

export default defineConfig({
  // phone.html: what `/j/<CODE>` gets, with the phone's chunks preloaded and the boot chunk run
  // at once, so a phone that joined before opens its socket while React downloads (build/phonePage.ts).
  // .vite/routes.json: each route's files, for the build's size report and the page-weight benchmark.
  plugins: [react(), phonePage({ early: EARLY_LIVE }), routeFiles()],
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
          if (BOOT.some((pattern) => pattern.test(id))) return 'boot';
          if (/[\\/]node_modules[\\/](\.pnpm[\\/])?zod/.test(id)) return 'zod';
          if (/[\\/]node_modules[\\/].*(yjs|lib0|y-websocket|y-protocols)[\\/]/.test(id)) return 'yjs';
          if (/[\\/]node_modules[\\/].*qrcode/.test(id)) return 'qrcode';
          return undefined;
        },
      },
    },
  },
});
