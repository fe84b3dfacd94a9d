import {
  type NonprofitFigures,
  NonprofitFiguresSchema,
  type NonprofitReport,
  type PlanDocument,
} from '#contracts/initiative.js';
import { nonprofitReport } from '#domain/initiative/nonprofit.js';
import { ONE_PAGE_BUDGETS, planCalendar, planMarkdown, planPrintable } from '#domain/initiative/plan-export.js';
import { renderPdfWithLayout } from '#server/lib/pdf.js';
import { readDataJson } from '#server/reference-data.js';

/** The shipped US non-profit figures with their sources (data/initiative/us-nonprofit.json), read once. */
let figures: NonprofitFigures | null = null;
export function nonprofitFigures(): NonprofitFigures {
  figures ??= NonprofitFiguresSchema.parse(readDataJson('initiative/us-nonprofit.json'));
  return figures;
}

export function reportFor(document: PlanDocument): NonprofitReport | null {
  return document.nonprofit ? nonprofitReport(document.nonprofit, nonprofitFigures()) : null;
}

export type ExportFormat = 'md' | 'pdf' | 'ics';

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  extension: string;
}

/** One plan in one of the three export formats; the PDF goes through the shared PDF building block. */
export async function exportPlan(
  id: string,
  document: PlanDocument,
  format: ExportFormat,
  now: Date,
): Promise<ExportedFile> {
  const report = reportFor(document);
  if (format === 'md') {
    return {
      body: Buffer.from(planMarkdown(document, report, nonprofitFigures()), 'utf8'),
      contentType: 'text/markdown; charset=utf-8',
      extension: 'md',
    };
  }
  if (format === 'ics') {
    return {
      body: Buffer.from(planCalendar(id, document, now.toISOString()), 'utf8'),
      contentType: 'text/calendar; charset=utf-8',
      extension: 'ics',
    };
  }
  return { body: await onePagePdf(document, report), contentType: 'application/pdf', extension: 'pdf' };
}

/**
 * The plan's PDF: a one-page summary (the roomiest budget whose summary fits on one page; the last always does)
 * and, when anything was shortened, the appendix from page 2.
 */
async function onePagePdf(document: PlanDocument, report: NonprofitReport | null): Promise<Buffer> {
  const footer = `Vocare initiative plan — ${document.title}`;
  let printed = await renderPdfWithLayout(planPrintable(document, report, footer, ONE_PAGE_BUDGETS[0]));
  for (const budget of ONE_PAGE_BUDGETS.slice(1)) {
    if (printed.pagesBeforeBreak <= 1) break;
    printed = await renderPdfWithLayout(planPrintable(document, report, footer, budget));
  }
  return printed.pdf;
}

/** A file name from the plan's title: ASCII letters, digits and dashes. */
export function exportFileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
  return `${slug || 'plan'}.${extension}`;
}
