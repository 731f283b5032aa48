/** The feed contract's schemas: see schema/index.ts (this path stays for the scripts that import it). */
export * from './schema/index.js';
