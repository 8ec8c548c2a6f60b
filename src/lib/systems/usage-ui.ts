/**
 * The usage charts of /systems, loaded with the usage figures when the page shows (they draw only
 * for a pair the reader opens), so the page's first load carries neither.
 */
export { default as SystemUsage } from './SystemUsage.svelte';
export { default as UsageComparison } from './UsageComparison.svelte';
