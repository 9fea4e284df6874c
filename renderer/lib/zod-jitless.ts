/**
 * zod as the renderer build sees it (vite.config.ts points `zod` here): configured before
 * any schema runs, wherever zod is first loaded (it loads with the screens that need it,
 * not with the first one). zod probes `new Function` to speed itself up; the CSP forbids
 * eval, so the probe is skipped.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
