// The board's Markdown subset: headings, paragraphs, bullet and numbered lists, quotes, bold,
// italics, inline code and http(s)/mailto links. Raw HTML is not part of it: sanitizeMarkdown
// removes it on the way in, and the renderers escape every character of text on the way out, so
// neither the API nor a page can carry markup the organization typed.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; depth: 1 | 2 | 3; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'list'; isOrdered: boolean; items: Inline[][] };

// Elements whose content is code or styling, never prose: removed with their content.
const DANGEROUS_ELEMENTS =
  /<(script|style|iframe|object|embed|noscript|template|textarea|title|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(-->|$)/g;
const TAGS = /<\/?[a-zA-Z!?][^<>]*>/g;
// What is left of a tag with no closing ">": break it up so it can never become one.
const TAG_START = /<(?=[a-zA-Z!/?])/g;

/**
 * Removes every HTML tag, comment and script/style block from Markdown source, repeating until
 * nothing changes (so "<scr<script>x</script>ipt>" cannot reassemble). The result never holds
 * "<" followed by a letter, "!", "/" or "?".
 */
export function sanitizeMarkdown(source: string): string {
  let text = source.replace(/\r\n?/g, '\n').replaceAll(String.fromCharCode(0), '');
  for (let i = 0; i < 20; i++) {
    const next = text.replace(DANGEROUS_ELEMENTS, '').replace(COMMENTS, '').replace(TAGS, '');
    if (next === text) break;
    text = next;
  }
  return text.replace(TAG_START, '< ');
}

/** Only links a reader can follow safely: web pages and email. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s<>"']+|mailto:[^\s<>"']+)$/i.test(href.trim());
}

function pushText(out: Inline[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/** Parses inline Markdown; anything that does not form a complete construct stays literal text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i] ?? '';
    if (ch === '\\' && /^\\[\\`*_[\]()#+\-.!>]/.test(rest)) {
      pushText(out, rest[1] ?? '');
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (rest.startsWith('**') || rest.startsWith('__')) {
      const marker = rest.slice(0, 2);
      const end = text.indexOf(marker, i + 2);
      if (end > i + 2) {
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (ch === '*' && text[i + 1] !== ' ' && text[i + 1] !== '*') {
      const end = text.indexOf('*', i + 1);
      if (end > i + 1 && text[end - 1] !== ' ') {
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      // One level of parentheses inside the address, as in Wikipedia links.
      const match = /^\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/.exec(rest);
      if (match) {
        const label = parseInline(match[1] ?? '');
        const href = match[2] ?? '';
        if (isSafeHref(href)) out.push({ type: 'link', href, children: label });
        else for (const part of label) out.push(part);
        i += match[0].length;
        continue;
      }
    }
    pushText(out, ch);
    i += 1;
  }
  return out;
}

const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,3}[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Parses Markdown (sanitizing it first) into blocks; heading depths start at 1. */
export function parseMarkdown(source: string): Block[] {
  const lines = sanitizeMarkdown(source).split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let quote: string[] = [];
  let list: { isOrdered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (quote.length) blocks.push({ type: 'quote', children: parseInline(quote.join(' ')) });
    if (list) blocks.push({ type: 'list', isOrdered: list.isOrdered, items: list.items.map(parseInline) });
    paragraph = [];
    quote = [];
    list = null;
  };

  for (const raw of lines) {
    const line = raw.replace(/\t/g, '    ');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      // The raw depth (1-6) for now; normalized below.
      const depth = (heading[1] ?? '#').length as 1 | 2 | 3;
      blocks.push({ type: 'heading', depth, children: parseInline(heading[2] ?? '') });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const isOrdered = /\d/.test(item[1] ?? '');
      if (!list || list.isOrdered !== isOrdered) {
        flush();
        list = { isOrdered, items: [] };
      }
      list.items.push((item[2] ?? '').trim());
      continue;
    }
    const quoted = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (quoted) {
      if (!quote.length) flush();
      quote.push((quoted[1] ?? '').trim());
      continue;
    }
    if (list && /^\s+/.test(line)) {
      // An indented line continues the list item above it.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last] ?? ''} ${line.trim()}`;
      continue;
    }
    if (list || quote.length) flush();
    paragraph.push(line.trim());
  }
  flush();
  // Writers start at "#" or at "##" alike; the shallowest heading they used becomes depth 1, so the
  // rendered levels follow on from the page's own without a gap.
  const depths = blocks.flatMap((b) => (b.type === 'heading' ? [b.depth] : []));
  const shift = depths.length ? Math.min(...depths) - 1 : 0;
  return blocks.map((b) => (b.type === 'heading' ? { ...b, depth: Math.min(3, b.depth - shift) as 1 | 2 | 3 } : b));
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function inlineToHtml(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'code':
          return `<code>${escapeHtml(node.text)}</code>`;
        case 'strong':
          return `<strong>${inlineToHtml(node.children)}</strong>`;
        case 'em':
          return `<em>${inlineToHtml(node.children)}</em>`;
        case 'link':
          return `<a href="${escapeHtml(node.href)}" rel="nofollow noopener">${inlineToHtml(node.children)}</a>`;
      }
      return '';
    })
    .join('');
}

/**
 * Renders the subset to HTML. Headings start at `headingBase` (a description sits under the
 * page's own h2, so "#" becomes h3). Only the subset's tags appear; all text is escaped.
 */
export function renderMarkdownToHtml(source: string, headingBase = 3): string {
  return parseMarkdown(source)
    .map((block) => {
      switch (block.type) {
        case 'heading': {
          const level = Math.min(6, headingBase + block.depth - 1);
          return `<h${level}>${inlineToHtml(block.children)}</h${level}>`;
        }
        case 'paragraph':
          return `<p>${inlineToHtml(block.children)}</p>`;
        case 'quote':
          return `<blockquote><p>${inlineToHtml(block.children)}</p></blockquote>`;
        case 'list': {
          const tag = block.isOrdered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${inlineToHtml(item)}</li>`).join('')}</${tag}>`;
        }
      }
      return '';
    })
    .join('\n');
}

function inlineToText(nodes: Inline[]): string {
  return nodes
    .map((node) => (node.type === 'text' || node.type === 'code' ? node.text : inlineToText(node.children)))
    .join('');
}

/** Plain text of the description (no markup), cut at a word boundary near `maxLength`. */
export function markdownToPlainText(source: string, maxLength = 220): string {
  const text = parseMarkdown(source)
    .map((block) => (block.type === 'list' ? block.items.map(inlineToText).join('; ') : inlineToText(block.children)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
