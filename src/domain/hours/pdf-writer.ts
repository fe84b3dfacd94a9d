/*
 * A small PDF 1.4 writer for text documents: US Letter pages, the standard Helvetica and Helvetica-Bold fonts
 * (no embedding needed), WinAnsi encoding, uncompressed content streams, a correct cross-reference table.
 * Enough for a verification summary a board can read and a test can take apart again (see pdf-text.ts);
 * no dependency, and it runs anywhere (server, browser, CLI): it only builds bytes.
 */

export const PDF_PAGE_WIDTH = 612;
export const PDF_PAGE_HEIGHT = 792;

export type PdfFont = 'regular' | 'bold';

export interface PdfTextRun {
  x: number;
  y: number;
  size: number;
  font?: PdfFont;
  text: string;
}

export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width?: number;
}

export interface PdfPage {
  texts: PdfTextRun[];
  rules: PdfRule[];
}

export interface PdfInfo {
  title: string;
  /** Written as the document's CreationDate; left out when not given so output can be byte-for-byte stable. */
  createdAt?: Date;
}

// Windows-1252 code points 0x80-0x9F that differ from Latin-1; everything else in 0xA0-0xFF is the same.
const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** WinAnsi byte -> the character, for reading text back. */
export const WIN_ANSI_DECODE: ReadonlyMap<number, string> = new Map(
  Object.entries(WIN_ANSI_EXTRA).map(([ch, code]) => [code, ch]),
);

/** Text as WinAnsi bytes; a character the standard fonts cannot show becomes "?". */
export function encodeWinAnsi(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 63;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (WIN_ANSI_EXTRA[ch] !== undefined) bytes.push(WIN_ANSI_EXTRA[ch]);
    else if (ch === '\t') bytes.push(0x20);
    else bytes.push(0x3f);
  }
  return bytes;
}

/** A PDF literal string body: ASCII as is, ( ) \ escaped, every other byte as an octal escape. */
function pdfString(text: string): string {
  let out = '';
  for (const b of encodeWinAnsi(text)) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b <= 0x7e) out += String.fromCharCode(b);
    else out += `\\${b.toString(8).padStart(3, '0')}`;
  }
  return out;
}

// Helvetica advance widths (1/1000 em) for ASCII 32-126, from the standard font metrics.
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** Width of `text` in points at `size` (bold is about 6% wider; close enough for wrapping). */
export function textWidth(text: string, size: number, font: PdfFont = 'regular'): number {
  let units = 0;
  for (const b of encodeWinAnsi(text)) units += b >= 32 && b <= 126 ? (HELVETICA_WIDTHS[b - 32] ?? 556) : 556;
  return (units * size * (font === 'bold' ? 1.06 : 1)) / 1000;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

function contentStream(page: PdfPage): string {
  const ops: string[] = [];
  for (const r of page.rules)
    ops.push(`${num(r.width ?? 0.5)} w ${num(r.x1)} ${num(r.y1)} m ${num(r.x2)} ${num(r.y2)} l S`);
  for (const t of page.texts) {
    const font = t.font === 'bold' ? 'F2' : 'F1';
    ops.push(`BT /${font} ${num(t.size)} Tf 1 0 0 1 ${num(t.x)} ${num(t.y)} Tm (${pdfString(t.text)}) Tj ET`);
  }
  return `${ops.join('\n')}\n`;
}

/** Writes the pages as a PDF 1.4 file. Every object's byte offset is listed in the xref table. */
export function writePdf(pages: readonly PdfPage[], info: PdfInfo): Uint8Array {
  const all = pages.length > 0 ? pages : [{ texts: [], rules: [] }];
  // Objects 1-5 are fixed; each page adds a page object and its content stream.
  const objects: string[] = [];
  const pageIds = all.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${all.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title (${pdfString(info.title)}) /Producer (Vocare)${info.createdAt ? ` /CreationDate (${pdfDate(info.createdAt)})` : ''} >>`;
  all.forEach((page, i) => {
    const pageId = pageIds[i] ?? 0;
    const stream = contentStream(page);
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PDF_PAGE_WIDTH} ${PDF_PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    // The stream holds ASCII only (pdfString escapes the rest), so its length in characters is its length in bytes.
    objects[pageId + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}endstream`;
  });

  // A binary comment after the header tells transfer tools the file is binary; its bytes are written as Latin-1.
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefAt = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;

  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/**
 * Flows headings, paragraphs and tables down US Letter pages with 54-point margins, breaking pages (and
 * repeating a table's header) as needed; `finish` numbers the pages.
 */
export class PdfLayout {
  readonly pages: PdfPage[] = [];
  private y = 0;
  readonly margin = 54;
  readonly width = PDF_PAGE_WIDTH - 2 * 54;

  constructor() {
    this.newPage();
  }

  private get page(): PdfPage {
    return this.pages[this.pages.length - 1] as PdfPage;
  }

  private newPage(): void {
    this.pages.push({ texts: [], rules: [] });
    this.y = PDF_PAGE_HEIGHT - this.margin;
  }

  private ensure(height: number): boolean {
    if (this.y - height < this.margin + 20) {
      this.newPage();
      return true;
    }
    return false;
  }

  /** Splits text into lines no wider than `width` (a word longer than the line is cut). */
  wrap(text: string, size: number, width: number, font: PdfFont = 'regular'): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (textWidth(candidate, size, font) <= width) {
          line = candidate;
          continue;
        }
        if (line !== '') lines.push(line);
        let rest = word;
        while (textWidth(rest, size, font) > width && rest.length > 1) {
          let cut = rest.length - 1;
          while (cut > 1 && textWidth(rest.slice(0, cut), size, font) > width) cut--;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  heading(text: string, size = 14): void {
    this.ensure(size * 2.2);
    this.y -= size * 0.8;
    for (const line of this.wrap(text, size, this.width, 'bold')) {
      this.y -= size * 1.2;
      this.page.texts.push({ x: this.margin, y: this.y, size, font: 'bold', text: line });
    }
    this.y -= size * 0.3;
  }

  paragraph(text: string, options: { size?: number; font?: PdfFont; indent?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    for (const line of this.wrap(text, size, this.width - indent, options.font)) {
      this.ensure(size * 1.35);
      this.y -= size * 1.35;
      this.page.texts.push({ x: this.margin + indent, y: this.y, size, font: options.font ?? 'regular', text: line });
    }
  }

  space(points: number): void {
    this.y -= points;
  }

  rule(): void {
    this.ensure(8);
    this.y -= 4;
    this.page.rules.push({ x1: this.margin, y1: this.y, x2: this.margin + this.width, y2: this.y });
    this.y -= 4;
  }

  table(columns: readonly TableColumn[], rows: readonly string[][], size = 9): void {
    const lineHeight = size * 1.3;
    const drawRow = (cells: readonly string[], font: PdfFont) => {
      const wrapped = columns.map((c, i) => this.wrap(cells[i] ?? '', size, c.width - 6, font));
      const height = Math.max(...wrapped.map((w) => w.length)) * lineHeight + 3;
      return { wrapped, height };
    };
    const place = (wrapped: string[][], font: PdfFont) => {
      let x = this.margin;
      const top = this.y;
      let lowest = top;
      columns.forEach((c, i) => {
        let y = top;
        for (const line of wrapped[i] ?? []) {
          y -= lineHeight;
          if (line === '') continue;
          const lineX = c.align === 'right' ? x + c.width - 6 - textWidth(line, size, font) : x;
          this.page.texts.push({ x: lineX, y, size, font, text: line });
        }
        lowest = Math.min(lowest, y);
        x += c.width;
      });
      this.y = lowest - 3;
    };
    const header = drawRow(
      columns.map((c) => c.header),
      'bold',
    );
    const placeHeader = () => {
      place(header.wrapped, 'bold');
      this.page.rules.push({
        x1: this.margin,
        y1: this.y + 1,
        x2: this.margin + this.width,
        y2: this.y + 1,
        width: 0.3,
      });
    };
    this.ensure(header.height + lineHeight * 2);
    placeHeader();
    for (const cells of rows) {
      const row = drawRow(cells, 'regular');
      if (this.ensure(row.height)) placeHeader();
      place(row.wrapped, 'regular');
    }
    this.y -= 4;
  }

  /** Adds "page N of M" and a footer line to every page, and returns the pages. */
  finish(footer: string): PdfPage[] {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      page.texts.push({ x: this.margin, y: this.margin - 20, size: 8, text: footer });
      const label = `Page ${i + 1} of ${total}`;
      page.texts.push({
        x: this.margin + this.width - textWidth(label, 8),
        y: this.margin - 20,
        size: 8,
        text: label,
      });
    });
    return this.pages;
  }
}
