import { describe, expect, it } from 'vitest';
import type { PrintableDocument } from '#domain/documents/printable-document.js';
import { extractPdf } from '#tests/setup/pdf-text.js';
import { renderPdf } from './pdf.js';

const columns = [
  { header: 'Site', width: 300 },
  { header: 'Hours', width: 100, align: 'right' as const },
];

describe('renderPdf', () => {
  it('prints names outside Latin-1 as typed: the font is embedded, and text extraction gives them back', async () => {
    const doc: PrintableDocument = {
      title: 'Summary for Łukasz Nguyễn',
      footer: 'Vocare - Łukasz Nguyễn',
      blocks: [
        { kind: 'title', text: 'Supervised hours' },
        { kind: 'paragraph', text: 'Trainee: Łukasz Nguyễn', style: 'strong' },
        { kind: 'table', columns, rows: [['Nguyễn Thị clinic', '12.5']] },
        { kind: 'paragraph', text: 'Straße, Ærøskøbing, Zürich, “quoted” — Ωμέγα', style: 'small' },
      ],
    };
    const pdf = extractPdf(await renderPdf(doc));
    expect(pdf.problems).toEqual([]);
    expect(pdf.version).toBe('1.4');
    expect(pdf.text).toContain('Trainee: Łukasz Nguyễn');
    expect(pdf.flat).toContain('Nguyễn Thị clinic 12.5');
    expect(pdf.flat).toContain('Straße, Ærøskøbing, Zürich, “quoted” — Ωμέγα');
    expect(pdf.text).not.toContain('?');
    expect(pdf.flat).toContain('Vocare - Łukasz Nguyễn Page 1 of 1');
  });

  it('breaks a long table across pages, repeating its header, and numbers every page', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Site number ${i + 1}`, String(i + 1)]);
    const pdf = extractPdf(
      await renderPdf({ title: 'Long', footer: 'Long table', blocks: [{ kind: 'table', columns, rows }] }),
    );
    expect(pdf.problems).toEqual([]);
    expect(pdf.pages).toBeGreaterThan(1);
    const pages = pdf.text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(pdf.pages);
    pages.forEach((page, i) => {
      expect(page.split('\n')[0]).toBe('Site Hours');
      expect(page).toContain(`Page ${i + 1} of ${pdf.pages}`);
    });
    // Every row once, in order.
    const printed = [...pdf.text.matchAll(/^Site number (\d+) (\d+)$/gm)].map((m) => Number(m[1]));
    expect(printed).toEqual(rows.map((_, i) => i + 1));
  });
});
