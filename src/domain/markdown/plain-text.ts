// Reading a Markdown text without rendering it: its words (excerpts, previews, search snippets)
// and its links (the comment spam limit).
import type { MarkdownInline } from './inline.js';
import { type MarkdownBlock, parseMarkdown } from './markdown.js';

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

/** The text of each block, a list's items separated by "; " so they stay apart in one line. */
function blockTexts(blocks: MarkdownBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list') return [block.items.map(inlineText).join('; ')];
    if (block.type === 'blockquote') return blockTexts(block.children);
    if (block.type === 'rule') return [];
    return inlinesOf([block]).map(inlineText);
  });
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

/** The words of a Markdown text without its markup, whitespace collapsed: for excerpts and previews. */
export function toPlainText(source: string): string {
  return blockTexts(parseMarkdown(source, { allowHeadings: true }))
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
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
