import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from './pdf-text.js';
import { encodeWinAnsi, PdfLayout, textWidth, writePdf } from './pdf-writer.js';

function asText(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

describe('writePdf', () => {
  it('writes a PDF 1.4 file with Helvetica, an uncompressed stream and an exact xref table', () => {
    const bytes = writePdf(
      [
        {
          texts: [{ x: 72, y: 700, size: 12, text: 'Hello (world) \\ 100%' }],
          rules: [{ x1: 72, y1: 690, x2: 300, y2: 690 }],
        },
      ],
      { title: 'Test', createdAt: new Date('2026-03-01T12:00:00Z') },
    );
    const raw = asText(bytes);
    expect(raw.startsWith('%PDF-1.4\n')).toBe(true);
    expect(raw).toContain('/BaseFont /Helvetica ');
    expect(raw).toContain('/BaseFont /Helvetica-Bold ');
    expect(raw).toContain('(Hello \\(world\\) \\\\ 100%) Tj');
    expect(raw).toContain('/CreationDate (D:20260301120000Z)');
    expect(raw).not.toContain('/Filter');
    const pdf = inspectPdf(bytes);
    expect(pdf.problems).toEqual([]);
    expect(pdf.version).toBe('1.4');
    expect(pdf.pages).toEqual([['Hello (world) \\ 100%']]);
  });

  it('keeps accented letters, dashes and quotes through WinAnsi, and replaces what the font cannot show', () => {
    const text = 'Tomás — “verified” café 1½ naïve €5 • done… 中';
    const pdf = inspectPdf(writePdf([{ texts: [{ x: 10, y: 10, size: 9, text }], rules: [] }], { title: 'x' }));
    expect(pdf.problems).toEqual([]);
    expect(pdf.text).toBe('Tomás — “verified” café 1½ naïve €5 • done… ?');
  });

  it('reads back any text it writes (property)', () => {
    const winAnsiChar = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xa0, max: 0xff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('—', '–', '‘', '’', '“', '”', '…', '•', '€', '™'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: winAnsiChar, maxLength: 40 }), { maxLength: 6 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (pages) => {
          const bytes = writePdf(
            pages.map((texts) => ({
              texts: texts.map((text, i) => ({ x: 50, y: 700 - i * 12, size: 10, text })),
              rules: [],
            })),
            { title: 'Property (test)' },
          );
          const pdf = inspectPdf(bytes);
          expect(pdf.problems).toEqual([]);
          expect(pdf.pages).toEqual(pages);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds a wrong offset or length when a file is damaged', () => {
    const bytes = writePdf([{ texts: [{ x: 1, y: 1, size: 9, text: 'abc' }], rules: [] }], { title: 't' });
    const damaged = new Uint8Array([...bytes.slice(0, 9), 0x20, ...bytes.slice(9)]);
    expect(inspectPdf(damaged).problems.length).toBeGreaterThan(0);
  });

  it('encodes each character as one byte', () => {
    expect(encodeWinAnsi('a—é')).toEqual([0x61, 0x97, 0xe9]);
  });
});

describe('PdfLayout', () => {
  it('wraps long paragraphs within the page width and flows onto new pages with numbered footers', () => {
    const doc = new PdfLayout();
    const sentence = 'Supervised hours counted toward the license, verified one week at a time. ';
    for (let i = 0; i < 80; i++) doc.paragraph(`${i + 1}. ${sentence.repeat(2)}`);
    doc.table(
      [
        { header: 'Name', width: 200 },
        { header: 'Hours', width: 100, align: 'right' },
      ],
      Array.from({ length: 60 }, (_, i) => [`Row ${i + 1}`, String(i)]),
    );
    const pages = doc.finish('footer text');
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      for (const t of page.texts) {
        expect(t.x + textWidth(t.text, t.size, t.font)).toBeLessThanOrEqual(612 - 54 + 0.01);
        expect(t.y).toBeGreaterThan(0);
      }
    }
    const pdf = inspectPdf(writePdf(pages, { title: 'Layout' }));
    expect(pdf.problems).toEqual([]);
    expect(pdf.pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    // A table broken over a page repeats its header.
    const withRows = pdf.pages.filter((p) => p.some((t) => t.startsWith('Row ')));
    for (const p of withRows) expect(p).toContain('Name');
    expect(pdf.text).toContain('Row 60');
  });
});
