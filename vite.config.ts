import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/** The built app never connects anywhere: tighten the CSP's connect-src (the dev server needs 'self' for hot reload). */
const noConnectInBuild: Plugin = {
  name: 'fairground-csp-no-connect',
  apply: 'build',
  transformIndexHtml: (html) => html.replaceAll("connect-src 'self'", "connect-src 'none'"),
};

export default defineConfig({
  base: './',
  build: { target: 'es2022', outDir: 'dist', sourcemap: true },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  plugins: [noConnectInBuild],
});
