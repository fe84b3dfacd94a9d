import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * Reads a PDF back with Poppler's pdfinfo and pdftotext (Debian's poppler-utils; `npm test` installs it when
 * missing), the same text extraction a reader's copy-and-paste or a screen reader relies on.
 */

export interface ExtractedPdf {
  /** The header's version, e.g. "1.4". */
  version: string;
  pages: number;
  /** Poppler's complaints about the file's structure (syntax errors, broken xref); empty for a sound file. */
  problems: string[];
  /** The text in drawing order, one line per line of the page. */
  text: string;
  /** The same text with every run of white space (line and page breaks too) as one space: wrapped lines rejoined. */
  flat: string;
}

function poppler(tool: string, args: string[]): { stdout: string; stderr: string } {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.error) throw new Error(`${tool} is needed to read PDFs in tests (apt-get install poppler-utils)`);
  return { stdout: run.stdout, stderr: run.stderr };
}

/** Extracts the text and checks the structure of a PDF given as bytes. */
export function extractPdf(bytes: Uint8Array): ExtractedPdf {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, bytes);
    const info = poppler('pdfinfo', [file]);
    const text = poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
    const problems = [info.stderr, text.stderr].flatMap((s) => s.split('\n')).filter((l) => l.trim() !== '');
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info.stdout)?.[1]?.trim() ?? '';
    return {
      version: field('PDF version'),
      pages: Number(field('Pages')),
      problems,
      text: text.stdout,
      flat: text.stdout.replace(/\s+/g, ' ').trim(),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
