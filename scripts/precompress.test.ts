import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressAssets } from './precompress.mjs';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('precompressAssets', () => {
  it('writes .br and .gz beside each large text file, which decode to the original, and skips the rest', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-precompress-'));
    // Real code, so the sizes compare as they would for a bundle.
    const script = ['build.mjs', 'test.mjs', 'start.mjs']
      .map((name) => fs.readFileSync(path.join(import.meta.dirname, name), 'utf8'))
      .join('\n');
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'nested', 'app-abc123.js'), script);
    fs.writeFileSync(path.join(dir, 'tiny-abc123.css'), 'a{}');
    fs.writeFileSync(path.join(dir, 'photo-abc123.png'), Buffer.alloc(4096, 7));

    expect(precompressAssets(dir)).toBe(1);

    const base = path.join(dir, 'nested', 'app-abc123.js');
    const br = fs.readFileSync(`${base}.br`);
    expect(zlib.brotliDecompressSync(br).toString()).toBe(script);
    expect(zlib.gunzipSync(fs.readFileSync(`${base}.gz`)).toString()).toBe(script);
    // Best quality beats what the server does per request (brotli quality 4).
    const onTheFly = zlib.brotliCompressSync(script, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
    expect(br.length).toBeLessThanOrEqual(onTheFly.length);
    expect(fs.existsSync(path.join(dir, 'tiny-abc123.css.br'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'photo-abc123.png.br'))).toBe(false);
  });

  it('does nothing for a folder that does not exist', () => {
    expect(precompressAssets(path.join(os.tmpdir(), 'vocare-no-such-folder'))).toBe(0);
  });
});
