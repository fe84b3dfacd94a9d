import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  isInternalHref,
  type MarkdownBlock,
  type MarkdownInline,
  parseMarkdown,
} from '../../../../domain/guides/markdown.js';

/**
 * guide: written by the Vocare team; in-app links navigate inside the app.
 * comment: written by anyone; every link is marked rel="nofollow ugc" and headings stay text.
 */
export type MarkdownVariant = 'guide' | 'comment';

// Markdown is parsed to a tree and every piece of text becomes a React text node, which React
// escapes. No string of HTML is ever handed to the page (no dangerouslySetInnerHTML anywhere).
function renderInline(nodes: MarkdownInline[], variant: MarkdownVariant): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${index}-${node.type}`;
    switch (node.type) {
      case 'text':
        return node.value;
      case 'code':
        return <code key={key}>{node.value}</code>;
      case 'strong':
        return <strong key={key}>{renderInline(node.children, variant)}</strong>;
      case 'emphasis':
        return <em key={key}>{renderInline(node.children, variant)}</em>;
      case 'link': {
        const children = renderInline(node.children, variant);
        if (variant === 'comment') {
          return (
            <a key={key} href={node.href} rel="nofollow ugc">
              {children}
            </a>
          );
        }
        if (isInternalHref(node.href) && !node.href.startsWith('#')) {
          return (
            <Link key={key} to={node.href}>
              {children}
            </Link>
          );
        }
        return (
          <a key={key} href={node.href}>
            {children}
            {isInternalHref(node.href) ? null : <span className="visually-hidden"> (external site)</span>}
          </a>
        );
      }
    }
    return null;
  });
}

function renderBlocks(blocks: MarkdownBlock[], variant: MarkdownVariant): ReactNode[] {
  return blocks.map((block, index) => {
    const key = `${index}-${block.type}`;
    switch (block.type) {
      case 'heading': {
        const Heading = `h${block.level}` as const;
        return <Heading key={key}>{renderInline(block.children, variant)}</Heading>;
      }
      case 'paragraph':
        return <p key={key}>{renderInline(block.children, variant)}</p>;
      case 'list': {
        const items = block.items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their place
          <li key={i}>{renderInline(item, variant)}</li>
        ));
        return block.isOrdered ? (
          <ol key={key} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={key}>{items}</ul>
        );
      }
      case 'blockquote':
        return <blockquote key={key}>{renderBlocks(block.children, variant)}</blockquote>;
      case 'code':
        return (
          // A long line scrolls sideways; keyboard users must be able to reach it to scroll.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable scroll container, as axe's scrollable-region-focusable asks
          <pre key={key} tabIndex={0}>
            <code>{block.value}</code>
          </pre>
        );
      case 'rule':
        return <hr key={key} />;
    }
    return null;
  });
}

/** Markdown (the safe subset in domain/guides/markdown.ts) as React elements. */
export function MarkdownView({ source, variant }: { source: string; variant: MarkdownVariant }) {
  const blocks = parseMarkdown(source, { allowHeadings: variant === 'guide' });
  return <div className={variant === 'guide' ? 'prose' : 'prose prose-comment'}>{renderBlocks(blocks, variant)}</div>;
}
