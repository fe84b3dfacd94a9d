import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import type PDFDocument from 'pdfkit';
import type { PrintableBlock, PrintableColumn, PrintableDocument } from '#domain/documents/printable-document.js';

/*
 * The one PDF building block (docs/decisions/0013-pdf-building-block.md): pdfkit, US Letter, 54-point margins,
 * Noto Sans embedded (subset) so every name prints as typed ("Łukasz", "Nguyễn Thị"). Features describe a
 * document as blocks (domain/documents/printable-document.ts); this module lays them out, breaks pages (a table
 * repeats its header on the next page) and numbers the pages.
 */

const PAGE = { width: 612, height: 792, margin: 54 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Content stops this far above the bottom edge; the footer sits below it. */
const CONTENT_BOTTOM = PAGE.height - PAGE.margin - 12;
const CELL_PADDING = 6;

// The font files come from the npm package (OFL-1.1), resolved where npm installed it: no copy to keep in step.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;

interface PdfLibraries {
  PDFDocument: typeof PDFDocument;
  fonts: Record<FontName, Font>;
}

let libraries: Promise<PdfLibraries> | null = null;
/**
 * pdfkit and the parsed fonts, loaded on the first PDF and shared by every later one. Imported at the top, they
 * added about 0.2 s to every server start and CLI command (importing the feature manifest: 1.14 s -> 0.93 s). The fonts are
 * parsed once: fontkit keeps its shaping tables with the font, so a second PDF costs about a seventh of the first
 * (measured in the ADR). Each PDF embeds only the glyphs it uses.
 */
function loadLibraries(): Promise<PdfLibraries> {
  libraries ??= Promise.all([import('pdfkit'), import('fontkit')]).then(([pdfkit, fontkit]) => ({
    PDFDocument: pdfkit.default,
    fonts: {
      regular: withShapingCache(fontkit.create(fs.readFileSync(require.resolve(FONT_FILES.regular)))),
      bold: withShapingCache(fontkit.create(fs.readFileSync(require.resolve(FONT_FILES.bold)))),
    },
  }));
  return libraries;
}

type Doc = InstanceType<typeof PDFDocument>;

/*
 * Noto Sans's "ccmp" feature splits precomposed letters such as "ị" into a base glyph and a combining mark. pdfkit
 * maps each glyph to the text it first stood for, so after "Thị" every plain "i" would extract (copy, search,
 * screen readers) as "ị". With ccmp off, each precomposed letter (text is NFC-normalised first) keeps its own glyph.
 * fontkit takes a feature map here; pdfkit's types only know the list form.
 */
const FEATURES = { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];
const TEXT = { features: FEATURES };

/** Enough for the words of many documents; the cache starts over when full rather than growing without end. */
const SHAPING_CACHE_LIMIT = 20_000;

interface ShapedRun {
  glyphs: unknown[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

/*
 * Shaping (fontkit's layout) was most of a PDF's time. pdfkit keeps a per-word cache only when no OpenType
 * features are given; we give one (ccmp off, above), so every width measurement while wrapping reshaped the text,
 * and a fresh cache per document would lose the words again. This cache lives with the shared font, keyed by the
 * text, for our one feature set. pdfkit scales the positions it gets in place, so each call gets fresh copies.
 */
function withShapingCache(font: Font): Font {
  const shape = font.layout.bind(font) as (text: string, features?: unknown) => ShapedRun;
  const cache = new Map<string, ShapedRun>();
  const cachedLayout = (text: string, features?: unknown) => {
    if (features !== FEATURES) return shape(text, features);
    let run = cache.get(text);
    if (!run) {
      const shaped = shape(text, features);
      run = {
        glyphs: shaped.glyphs,
        positions: shaped.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
          xAdvance,
          yAdvance,
          xOffset,
          yOffset,
        })),
      };
      if (cache.size >= SHAPING_CACHE_LIMIT) cache.clear();
      cache.set(text, run);
    }
    const positions = run.positions.map((position) => ({ ...position }));
    return {
      glyphs: run.glyphs.slice(),
      positions,
      get advanceWidth() {
        return positions.reduce((width, position) => width + position.xAdvance, 0);
      },
    };
  };
  (font as unknown as { layout: typeof cachedLayout }).layout = cachedLayout;
  return font;
}

function ensureRoom(doc: Doc, height: number): boolean {
  if (doc.y + height <= CONTENT_BOTTOM) return false;
  doc.addPage();
  return true;
}

function writeText(doc: Doc, text: string, font: FontName, size: number): void {
  doc.font(font).fontSize(size);
  doc.text(text.normalize('NFC'), PAGE.margin, doc.y, { ...TEXT, width: TEXT_WIDTH });
}

function writeHeading(doc: Doc, text: string, size: number): void {
  const normalized = text.normalize('NFC');
  doc.font('bold').fontSize(size);
  // Keep a heading with at least three lines of what follows it.
  ensureRoom(doc, doc.heightOfString(normalized, { ...TEXT, width: TEXT_WIDTH }) + size * 0.6 + 40);
  doc.y += size * 0.6;
  doc.text(normalized, PAGE.margin, doc.y, { ...TEXT, width: TEXT_WIDTH });
  doc.y += size * 0.2;
}

function writeRule(doc: Doc): void {
  ensureRoom(doc, 10);
  doc.y += 4;
  doc
    .moveTo(PAGE.margin, doc.y)
    .lineTo(PAGE.margin + TEXT_WIDTH, doc.y)
    .lineWidth(0.5)
    .stroke();
  doc.y += 6;
}

function writeTable(doc: Doc, columns: readonly PrintableColumn[], rows: readonly string[][]): void {
  const size = 9;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const scale = total > TEXT_WIDTH ? TEXT_WIDTH / total : 1;
  const widths = columns.map((c) => c.width * scale);
  const rowHeight = (cells: readonly string[], font: FontName) => {
    doc.font(font).fontSize(size);
    const heights = widths.map((w, i) =>
      doc.heightOfString((cells[i] || ' ').normalize('NFC'), { ...TEXT, width: w - CELL_PADDING }),
    );
    return Math.max(...heights) + 3;
  };
  const drawRow = (cells: readonly string[], font: FontName) => {
    const height = rowHeight(cells, font);
    const top = doc.y;
    let x = PAGE.margin;
    doc.font(font).fontSize(size);
    columns.forEach((c, i) => {
      const width = widths[i] ?? 0;
      const cell = cells[i] ?? '';
      if (cell !== '')
        doc.text(cell.normalize('NFC'), x, top, { ...TEXT, width: width - CELL_PADDING, align: c.align ?? 'left' });
      x += width;
    });
    doc.y = top + height;
  };
  const headers = columns.map((c) => c.header);
  const drawHeader = () => {
    drawRow(headers, 'bold');
    doc
      .moveTo(PAGE.margin, doc.y - 1)
      .lineTo(PAGE.margin + widths.reduce((a, b) => a + b, 0), doc.y - 1)
      .lineWidth(0.3)
      .stroke();
  };
  const firstRow = rows[0];
  ensureRoom(doc, rowHeight(headers, 'bold') + (firstRow ? rowHeight(firstRow, 'regular') : 0));
  drawHeader();
  for (const cells of rows) {
    if (ensureRoom(doc, rowHeight(cells, 'regular'))) drawHeader();
    drawRow(cells, 'regular');
  }
  doc.y += 4;
}

function writeBlock(doc: Doc, block: PrintableBlock): void {
  if (block.kind === 'title') writeHeading(doc, block.text, 18);
  else if (block.kind === 'heading') writeHeading(doc, block.text, 12);
  else if (block.kind === 'rule') writeRule(doc);
  else if (block.kind === 'page-break') {
    doc.addPage();
    doc.y = PAGE.margin;
  } else if (block.kind === 'table') writeTable(doc, block.columns, block.rows);
  else writeText(doc, block.text, block.style === 'strong' ? 'bold' : 'regular', block.style === 'small' ? 8 : 10);
}

/** "Page N of M" and the document's footer on every page, once the page count is known. */
function writeFooters(doc: Doc, footer: string): void {
  const range = doc.bufferedPageRange();
  const y = PAGE.height - PAGE.margin + 8;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8);
    const label = `Page ${i - range.start + 1} of ${range.count}`;
    const labelWidth = doc.widthOfString(label, TEXT);
    doc.text(footer.normalize('NFC'), PAGE.margin, y, {
      ...TEXT,
      width: TEXT_WIDTH - labelWidth - 12,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(label, PAGE.margin + TEXT_WIDTH - labelWidth, y, { ...TEXT, lineBreak: false });
  }
}

/** Lays the blocks out; also counts the pages before the first page break (all pages when there is none). */
async function layOut(printable: PrintableDocument): Promise<{ doc: Doc; pagesBeforeBreak: number }> {
  const { PDFDocument, fonts } = await loadLibraries();
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    pdfVersion: '1.4',
    bufferPages: true,
    info: {
      Title: printable.title,
      Producer: 'Vocare',
      Creator: 'Vocare',
      ...(printable.createdAt ? { CreationDate: printable.createdAt } : {}),
    },
  });
  // pdfkit takes a parsed fontkit font as a source; its types list only files and bytes.
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  let pagesBeforeBreak: number | null = null;
  for (const block of printable.blocks) {
    if (block.kind === 'page-break') pagesBeforeBreak ??= doc.bufferedPageRange().count;
    writeBlock(doc, block);
  }
  return { doc, pagesBeforeBreak: pagesBeforeBreak ?? doc.bufferedPageRange().count };
}

/**
 * Prints a document as a PDF (1.4, fonts embedded and subset), and says how many pages came before its first page
 * break: a feature that promises a one-page summary followed by an appendix checks that number.
 */
export async function renderPdfWithLayout(
  printable: PrintableDocument,
): Promise<{ pdf: Buffer; pagesBeforeBreak: number }> {
  const { doc, pagesBeforeBreak } = await layOut(printable);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeFooters(doc, printable.footer);
  doc.end();
  return { pdf: await done, pagesBeforeBreak };
}

/** Prints a document as a PDF (1.4, fonts embedded and subset). */
export async function renderPdf(printable: PrintableDocument): Promise<Buffer> {
  return (await renderPdfWithLayout(printable)).pdf;
}
