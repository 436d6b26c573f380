// Types for what test/architecture.test.ts reads from eslint.config.js.
declare const config: unknown[];
export default config;
export declare const FOLDER_IMPORTS: Readonly<Record<string, readonly string[]>>;
export declare const MAX_DEPTH: number;
