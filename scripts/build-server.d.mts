// Types of scripts/build-server.mjs, for TypeScript callers (bench/, cli/).
export declare const ROOT: string;
export declare const SERVER_OUT: string;
/** The compiled entry point: `node build/server/hub/main.js`. */
export declare const SERVER_MAIN: string;
export declare function newest(path: string): number;
export declare function serverIsStale(): boolean;
/** Builds build/server when stale; true when it built. Throws when the compiler fails. */
export declare function buildServerIfStale(opts?: { quiet?: boolean }): boolean;
