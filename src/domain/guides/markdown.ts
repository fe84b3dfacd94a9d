// A small, strict Markdown subset parsed to a tree. The tree never holds raw HTML: every piece of
// text is a text node that the renderer escapes, and a link only carries an href that passed
// `toSafeHref`. Supported: ATX headings, paragraphs, bullet and numbered lists, blockquotes,
// fenced code, thematic breaks, **strong**, *emphasis*, `code`, [links](url), <autolinks>.

export type MarkdownInline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong'; children: MarkdownInline[] }
  | { type: 'emphasis'; children: MarkdownInline[] }
  | { type: 'link'; href: string; children: MarkdownInline[] };

export type MarkdownBlock =
  | { type: 'heading'; level: 2 | 3 | 4; children: MarkdownInline[] }
  | { type: 'paragraph'; children: MarkdownInline[] }
  | { type: 'list'; isOrdered: boolean; start: number; items: MarkdownInline[][] }
  | { type: 'blockquote'; children: MarkdownBlock[] }
  | { type: 'code'; value: string }
  | { type: 'rule' };

export interface MarkdownOptions {
  /** Comments keep the page's outline intact: their "# lines" stay plain paragraphs. */
  allowHeadings: boolean;
}

const MAX_INLINE_DEPTH = 6;
const MAX_QUOTE_DEPTH = 3;
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The only hrefs a rendered link may carry: same-site paths, fragments, and http(s)/mailto URLs.
 * Anything else (javascript:, data:, protocol-relative //host, whitespace tricks) yields null.
 */
export function toSafeHref(raw: string): string | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > 2000) return null;
  // Browsers strip tabs and newlines inside URLs ("java\tscript:"); refuse them outright.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\u0000-\u0020\u007F-\u009F\u2028\u2029]/.test(value)) return null;
  if (value.startsWith('#')) return value;
  if (value.startsWith('/')) {
    // "//host" and "/\host" are other sites to a browser.
    return value.startsWith('//') || value.startsWith('/\\') ? null : value;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** Same-site links (the app's own pages) render as in-app navigation; the rest leave the site. */
export function isInternalHref(href: string): boolean {
  return href.startsWith('/') || href.startsWith('#');
}

// ---------------------------------------------------------------------------------------------
// Inline

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!<>|~"\''.split(''));

function isWhitespace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isEscaped(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** Valid closing positions of one delimiter ("*", "**", "_", "__"), found once per text. */
function findClosers(text: string, delimiter: string): number[] {
  const positions: number[] = [];
  const ch = delimiter[0] ?? '*';
  let from = 0;
  for (;;) {
    const j = text.indexOf(delimiter, from);
    if (j < 0) break;
    from = j + 1;
    if (isEscaped(text, j)) continue;
    if (isWhitespace(text[j - 1])) continue;
    // A single delimiter never closes on one half of a double ("*a **b** c*" closes at the end).
    if (delimiter.length === 1 && (text[j - 1] === ch || text[j + 1] === ch)) continue;
    // Underscores inside words (snake_case) are not emphasis.
    if (ch === '_' && isWordChar(text[j + delimiter.length])) continue;
    positions.push(j);
  }
  return positions;
}

function firstAfter(sorted: number[], minimum: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < minimum) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] ?? -1;
}

function pushText(nodes: MarkdownInline[], value: string): void {
  if (!value) return;
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value += value;
  else nodes.push({ type: 'text', value });
}

function pushAll(nodes: MarkdownInline[], more: MarkdownInline[]): void {
  for (const node of more) {
    if (node.type === 'text') pushText(nodes, node.value);
    else nodes.push(node);
  }
}

/** Finds the `]` that closes the `[` at `open`, honouring nesting and escapes; -1 when none. */
function findLabelEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Reads `(destination "optional title")` starting at the `(`; null when it is not one. */
function readDestination(text: string, open: number): { href: string; end: number } | null {
  let i = open + 1;
  while (text[i] === ' ') i++;
  let href = '';
  if (text[i] === '<') {
    const close = text.indexOf('>', i + 1);
    if (close < 0) return null;
    href = text.slice(i + 1, close);
    i = close + 1;
  } else {
    let parens = 0;
    const start = i;
    while (i < text.length) {
      const ch = text[i] ?? '';
      if (ch === '\\') {
        i += 2;
        continue;
      }
      if (/\s/.test(ch)) break;
      if (ch === '(') parens++;
      if (ch === ')') {
        if (parens === 0) break;
        parens--;
      }
      i++;
    }
    href = text.slice(start, i);
  }
  while (text[i] === ' ') i++;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, i + 1);
    if (close < 0) return null;
    i = close + 1;
    while (text[i] === ' ') i++;
  }
  if (text[i] !== ')') return null;
  return { href: href.replace(/\\(.)/g, '$1'), end: i + 1 };
}

function parseInlineAt(text: string, depth: number, isInLink: boolean): MarkdownInline[] {
  if (depth > MAX_INLINE_DEPTH) return text ? [{ type: 'text', value: text }] : [];
  const nodes: MarkdownInline[] = [];
  const closers = new Map<string, number[]>();
  const closersOf = (delimiter: string): number[] => {
    let found = closers.get(delimiter);
    if (!found) {
      found = findClosers(text, delimiter);
      closers.set(delimiter, found);
    }
    return found;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const next = text[i + 1];

    if (ch === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      pushText(nodes, next);
      i += 2;
      continue;
    }

    if (ch === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      let close = text.indexOf(fence, i + run);
      // The closing run must be exactly as long as the opening one.
      while (close >= 0 && text[close + run] === '`') {
        let end = close;
        while (text[end] === '`') end++;
        close = text.indexOf(fence, end);
      }
      if (close < 0) {
        pushText(nodes, fence);
        i += run;
        continue;
      }
      let value = text.slice(i + run, close).replace(/\n/g, ' ');
      if (value.length > 2 && value.startsWith(' ') && value.endsWith(' ')) value = value.slice(1, -1);
      nodes.push({ type: 'code', value });
      i = close + run;
      continue;
    }

    if (ch === '[' && !isInLink) {
      const labelEnd = findLabelEnd(text, i);
      if (labelEnd > i && text[labelEnd + 1] === '(') {
        const destination = readDestination(text, labelEnd + 1);
        if (destination) {
          const children = parseInlineAt(text.slice(i + 1, labelEnd), depth + 1, true);
          const href = toSafeHref(destination.href);
          // An unsafe destination keeps the words and drops the link.
          if (href) nodes.push({ type: 'link', href, children });
          else pushAll(nodes, children);
          i = destination.end;
          continue;
        }
      }
      pushText(nodes, ch);
      i++;
      continue;
    }

    if (ch === '<' && !isInLink) {
      const close = text.indexOf('>', i + 1);
      const candidate = close > i ? text.slice(i + 1, close) : '';
      if (/^(https?:\/\/|mailto:)[^\s<>]+$/i.test(candidate)) {
        const href = toSafeHref(candidate);
        if (href) {
          nodes.push({ type: 'link', href, children: [{ type: 'text', value: candidate }] });
          i = close + 1;
          continue;
        }
      }
      pushText(nodes, ch);
      i++;
      continue;
    }

    if (ch === '*' || ch === '_') {
      const isDouble = next === ch;
      const delimiter = isDouble ? ch + ch : ch;
      const after = text[i + delimiter.length];
      const canOpen = !isWhitespace(after) && !(ch === '_' && isWordChar(text[i - 1]));
      if (canOpen) {
        let close = firstAfter(closersOf(delimiter), i + delimiter.length + 1);
        // "***both***": the strong run closes on the last two of the three.
        if (close > 0 && isDouble && text[i + 2] === ch && text[close + 2] === ch) close += 1;
        if (close > 0) {
          const inner = text.slice(i + delimiter.length, close);
          const children = parseInlineAt(inner, depth + 1, isInLink);
          nodes.push(isDouble ? { type: 'strong', children } : { type: 'emphasis', children });
          i = close + delimiter.length;
          continue;
        }
      }
      pushText(nodes, delimiter);
      i += delimiter.length;
      continue;
    }

    // Plain run up to the next character that could start something.
    let end = i + 1;
    while (end < text.length && !'\\`[<*_'.includes(text[end] ?? '')) end++;
    pushText(nodes, text.slice(i, end));
    i = end;
  }
  return nodes;
}

/** Inline Markdown (one paragraph's text) to nodes. */
export function parseInline(text: string): MarkdownInline[] {
  return parseInlineAt(text, 0, false);
}

// ---------------------------------------------------------------------------------------------
// Blocks

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
      const level = Math.min(4, Math.max(2, (heading[1] ?? '##').length)) as 2 | 3 | 4;
      blocks.push({ type: 'heading', level, children: parseInline((heading[2] ?? '').trim()) });
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

/** Parses Markdown source into blocks; never throws, whatever the input. */
export function parseMarkdown(source: string, options: MarkdownOptions): MarkdownBlock[] {
  const normalized = source.replace(/\r\n?/g, '\n').replaceAll('\u0000', '\uFFFD').replace(/\t/g, '    ');
  return parseBlocks(normalized.split('\n'), options, 0);
}

// ---------------------------------------------------------------------------------------------
// Reading the tree

function walkInline(nodes: MarkdownInline[], visit: (node: MarkdownInline) => boolean): void {
  for (const node of nodes) {
    const isDescending = visit(node);
    if (isDescending && 'children' in node) walkInline(node.children, visit);
  }
}

function inlinesOf(blocks: MarkdownBlock[]): MarkdownInline[][] {
  const out: MarkdownInline[][] = [];
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') out.push(block.children);
    else if (block.type === 'list') out.push(...block.items);
    else if (block.type === 'blockquote') out.push(...inlinesOf(block.children));
    else if (block.type === 'code') out.push([{ type: 'code', value: block.value }]);
  }
  return out;
}

const BARE_URL = /\b(?:https?:\/\/|www\.)\S/gi;

/**
 * How many links a text carries, for the spam limit: every Markdown link or autolink, plus every
 * bare "http://", "https://" or "www." address written as plain text or code.
 */
export function countLinks(source: string): number {
  let count = 0;
  for (const inlines of inlinesOf(parseMarkdown(source, { allowHeadings: false }))) {
    walkInline(inlines, (node) => {
      if (node.type === 'link') {
        count++;
        return false;
      }
      if (node.type === 'text' || node.type === 'code') count += node.value.match(BARE_URL)?.length ?? 0;
      return true;
    });
  }
  return count;
}

function inlineText(nodes: MarkdownInline[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'code' ? n.value : inlineText(n.children))).join('');
}

/** The words of a Markdown text without its markup, whitespace collapsed: for excerpts. */
export function toPlainText(source: string): string {
  return inlinesOf(parseMarkdown(source, { allowHeadings: true }))
    .map(inlineText)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A plain-text excerpt of at most `max` characters, cut at a word where possible. */
export function excerpt(source: string, max: number): string {
  const text = toPlainText(source);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
