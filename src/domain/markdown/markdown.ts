// Vocare's one Markdown dialect (guides, comments, listings, and every text people write later),
// parsed to a tree that the web app renders as React elements. Source is stored exactly as typed;
// it is made safe here, at reading time: the tree never holds raw HTML (HTML typed in the source is
// a text node, shown as the characters typed), and a link only carries an href that passed
// `toSafeHref`. Supported: ATX headings, paragraphs, bullet and numbered lists, blockquotes, fenced
// code, thematic breaks, **strong**, *emphasis*, `code`, [links](url), <autolinks>.
// Why our own parser and not markdown-it or micromark: docs/decisions/0010-one-markdown-dialect.md.
import { type MarkdownInline, parseInline } from './inline.js';

export type MarkdownBlock =
  /** depth 1 is the text's top heading level, whatever number of "#" the writer used for it. */
  | { type: 'heading'; depth: HeadingDepth; children: MarkdownInline[] }
  | { type: 'paragraph'; children: MarkdownInline[] }
  | { type: 'list'; isOrdered: boolean; start: number; items: MarkdownInline[][] }
  | { type: 'blockquote'; children: MarkdownBlock[] }
  | { type: 'code'; value: string }
  | { type: 'rule' };

export type HeadingDepth = 1 | 2 | 3;

export interface MarkdownOptions {
  /** Short texts such as comments keep the page's outline intact: their "# lines" stay plain paragraphs. */
  allowHeadings: boolean;
}

const MAX_QUOTE_DEPTH = 3;

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)\s*$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const BULLET = /^ {0,3}([-*+])[ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})([.)])[ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

type ListMatch = { isOrdered: boolean; marker: string; number: number; text: string };

function matchListItem(line: string): ListMatch | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { isOrdered: false, marker: bullet[1] ?? '-', number: 1, text: bullet[2] ?? '' };
  const ordered = ORDERED.exec(line);
  if (ordered) {
    return { isOrdered: true, marker: ordered[2] ?? '.', number: Number(ordered[1]), text: ordered[3] ?? '' };
  }
  return null;
}

function startsBlock(line: string, options: MarkdownOptions): boolean {
  return (
    FENCE.test(line) ||
    QUOTE.test(line) ||
    RULE.test(line) ||
    matchListItem(line) !== null ||
    (options.allowHeadings && HEADING.test(line))
  );
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function parseBlocks(lines: string[], options: MarkdownOptions, quoteDepth: number): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i++;
      continue;
    }

    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const body: string[] = [];
      i++;
      while (i < lines.length) {
        const candidate = (lines[i] ?? '').trim();
        if (
          candidate.startsWith(marker[0] ?? '`') &&
          /^(`{3,}|~{3,})$/.test(candidate) &&
          candidate.length >= marker.length
        ) {
          i++;
          break;
        }
        body.push(lines[i] ?? '');
        i++;
      }
      blocks.push({ type: 'code', value: body.join('\n') });
      continue;
    }

    const heading = options.allowHeadings ? HEADING.exec(line) : null;
    if (heading) {
      // The number of "#" for now (1-6); parseMarkdown turns it into a depth once all are known.
      const depth = (heading[1] ?? '#').length as HeadingDepth;
      blocks.push({ type: 'heading', depth, children: parseInline((heading[2] ?? '').trim()) });
      i++;
      continue;
    }

    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }

    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i] ?? '')) {
        const quoted = QUOTE.exec(lines[i] ?? '');
        // A line without ">" right after quoted text continues its paragraph (a "lazy" line).
        inner.push(quoted ? (quoted[1] ?? '') : (lines[i] ?? ''));
        i++;
      }
      if (quoteDepth >= MAX_QUOTE_DEPTH) {
        blocks.push({ type: 'paragraph', children: parseInline(inner.join('\n')) });
      } else {
        blocks.push({ type: 'blockquote', children: parseBlocks(inner, options, quoteDepth + 1) });
      }
      continue;
    }

    const first = matchListItem(line);
    if (first) {
      const items: string[][] = [[first.text]];
      i++;
      while (i < lines.length) {
        const current = lines[i] ?? '';
        const item = matchListItem(current);
        if (item && item.isOrdered === first.isOrdered && item.marker === first.marker) {
          items.push([item.text]);
          i++;
          continue;
        }
        if (isBlank(current)) {
          // A blank line between items keeps the list going; anything else after it ends the list.
          let k = i;
          while (k < lines.length && isBlank(lines[k] ?? '')) k++;
          const after = matchListItem(lines[k] ?? '');
          if (after && after.isOrdered === first.isOrdered && after.marker === first.marker) {
            i = k;
            continue;
          }
          if (k < lines.length && /^ {2,}\S/.test(lines[k] ?? '')) {
            i = k;
            items[items.length - 1]?.push('');
            continue;
          }
          break;
        }
        if (item || (!/^ {2,}\S/.test(current) && startsBlock(current, options))) break;
        items[items.length - 1]?.push(current.trim());
        i++;
      }
      blocks.push({
        type: 'list',
        isOrdered: first.isOrdered,
        start: first.number,
        items: items.map((parts) => parseInline(parts.join('\n').trim())),
      });
      continue;
    }

    const paragraph: string[] = [line.trim()];
    i++;
    while (i < lines.length) {
      const current = lines[i] ?? '';
      if (isBlank(current) || startsBlock(current, options)) break;
      paragraph.push(current.trim());
      i++;
    }
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
  }
  return blocks;
}

function headingCounts(blocks: MarkdownBlock[]): number[] {
  return blocks.flatMap((b) =>
    b.type === 'heading' ? [b.depth] : b.type === 'blockquote' ? headingCounts(b.children) : [],
  );
}

function shiftHeadings(blocks: MarkdownBlock[], shift: number): MarkdownBlock[] {
  return blocks.map((b) => {
    if (b.type === 'heading') return { ...b, depth: Math.min(3, b.depth - shift) as HeadingDepth };
    if (b.type === 'blockquote') return { ...b, children: shiftHeadings(b.children, shift) };
    return b;
  });
}

/**
 * Parses Markdown source into blocks; never throws, whatever the input. Writers start at "#" or
 * at "##" alike: the shallowest heading used becomes depth 1 and depths stop at 3, so the page
 * places the text's headings right below its own without a gap in the outline.
 */
export function parseMarkdown(source: string, options: MarkdownOptions): MarkdownBlock[] {
  const normalized = source.replace(/\r\n?/g, '\n').replaceAll('\u0000', '\uFFFD').replace(/\t/g, '    ');
  const blocks = parseBlocks(normalized.split('\n'), options, 0);
  const counts = headingCounts(blocks);
  return counts.length ? shiftHeadings(blocks, Math.min(...counts) - 1) : blocks;
}
