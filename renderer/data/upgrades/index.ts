/**
 * Every upgrade function, in one module that loads only when a database older than this
 * Veldwerk is opened (schema-versions.ts `loadUpgrades`): a start on an up-to-date
 * database does not carry the code that moves old data (the summaries' classifier with it).
 */
export { upgradeToV2 } from './v2-organisation-index';
export { upgradeToV7 } from './v7-interview-summaries';
export { upgradeToV9 } from './v9-automatic-code-counts';
export { upgradeToV10 } from './v10-overview-in-summaries';
export { upgradeToV11 } from './v11-facts-per-turn';
