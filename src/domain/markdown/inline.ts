// Inline Markdown (the text of one paragraph, heading or list item) to nodes. Every node is text,
// code or a wrapper of nodes; HTML typed in the text stays text, and a link carries only an href
// that passed toSafeHref.
import { toSafeHref } from './safe-href.js';

export type MarkdownInline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong'; children: MarkdownInline[] }
  | { type: 'emphasis'; children: MarkdownInline[] }
  | { type: 'link'; href: string; children: MarkdownInline[] };

const MAX_INLINE_DEPTH = 6;

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
