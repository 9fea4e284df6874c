import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/csp';

/**
 * The built renderer carries the same CSP as the Electron protocol sends, so the
 * browser build (and its end-to-end tests) run under the rules the desktop app has.
 * The dev server is left without it because Vite injects inline scripts there.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'veldwerk-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  // Every `import … from 'zod'` gets zod configured for the CSP (renderer/lib/zod-jitless.ts).
  resolve: {
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./renderer/lib/zod-jitless.ts', import.meta.url)) }],
  },
  // The export's search worker is a module worker (new Worker(…, { type: 'module' })).
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
