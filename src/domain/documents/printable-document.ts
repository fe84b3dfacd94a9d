/*
 * A printable document as plain data: headings, paragraphs, rules and tables in reading order. Features describe
 * what a document says here (pure, unit-testable); the server's PDF building block (server/lib/pdf.ts) decides how
 * it looks on paper: font, page size, page breaks, repeated table headers, page numbers.
 */

export interface PrintableColumn {
  header: string;
  /** Width in points on a page whose text area is 504 points wide; a table wider than that is scaled to fit. */
  width: number;
  align?: 'left' | 'right';
}

export type PrintableBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; style?: 'strong' | 'small' }
  | { kind: 'rule' }
  /** Starts a new page (e.g. an appendix after a one-page summary). */
  | { kind: 'page-break' }
  | { kind: 'table'; columns: PrintableColumn[]; rows: string[][] };

export interface PrintableDocument {
  /** The PDF's title metadata. */
  title: string;
  /** Printed at the foot of every page, beside "Page N of M". */
  footer: string;
  /** Written as the creation date; left out so output can be compared byte for byte. */
  createdAt?: Date;
  blocks: PrintableBlock[];
}
