export function precompressAssets(dir: string): number;
