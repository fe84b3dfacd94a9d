import type { ReactNode } from 'react';
import { type Inline, parseMarkdown } from '../../../../domain/board/markdown.js';

function renderInline(nodes: Inline[], keyPrefix: string): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${keyPrefix}-${index}`;
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={key}>{node.text}</code>;
      case 'strong':
        return <strong key={key}>{renderInline(node.children, key)}</strong>;
      case 'em':
        return <em key={key}>{renderInline(node.children, key)}</em>;
      case 'link':
        return (
          <a key={key} href={node.href} rel="nofollow noopener">
            {renderInline(node.children, key)}
          </a>
        );
    }
    return null;
  });
}

/**
 * A description in the board's Markdown subset, rendered as React elements: no HTML string ever
 * reaches the page, and the parser keeps only http(s)/mailto links. Headings start at h3 because
 * the description sits under the page's own h2.
 */
export function MarkdownView({ source }: { source: string }) {
  const blocks = parseMarkdown(source);
  return (
    <div className="markdown">
      {blocks.map((block, index) => {
        const key = `b${index}`;
        switch (block.type) {
          case 'heading': {
            const Tag = (['h3', 'h4', 'h5'] as const)[block.depth - 1] ?? 'h5';
            return <Tag key={key}>{renderInline(block.children, key)}</Tag>;
          }
          case 'paragraph':
            return <p key={key}>{renderInline(block.children, key)}</p>;
          case 'quote':
            return (
              <blockquote key={key}>
                <p>{renderInline(block.children, key)}</p>
              </blockquote>
            );
          case 'list': {
            const items = block.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: list items are positions in a static, parsed text
              <li key={`${key}-${i}`}>{renderInline(item, `${key}-${i}`)}</li>
            ));
            return block.isOrdered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
          }
        }
        return null;
      })}
    </div>
  );
}
