// Types for scripts/build.mjs (plain JavaScript so that `npm start` can run it before anything is installed).
export type BuildTarget = 'node' | 'web';
export function inputsHash(root: string, target: BuildTarget): string;
export function isBuildCurrent(root: string, target: BuildTarget): boolean;
export function buildNode(root?: string, outdir?: string): Promise<void>;
export function buildWeb(root?: string): void;
export function buildAll(
  root?: string,
  options?: { force?: boolean; only?: BuildTarget; quiet?: boolean },
): Promise<void>;
