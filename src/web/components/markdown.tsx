import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MarkdownInline } from '#domain/markdown/inline.js';
import { type MarkdownBlock, parseMarkdown } from '#domain/markdown/markdown.js';
import { isInternalHref } from '#domain/markdown/safe-href.js';
import './markdown.css';

export interface MarkdownProps {
  /** Markdown exactly as its writer typed it; it is made safe here, never before it is stored. */
  source: string;
  /**
   * team: written by the Vocare team (guides); in-app links navigate inside the app.
   * user: written by anyone (comments, listings, profiles); every link is marked rel="nofollow ugc".
   */
  author: 'team' | 'user';
  /**
   * The level of the text's top heading: one below the heading it sits under (2 on a page whose
   * h1 is the text's title, 3 inside a section with an h2). null keeps "# lines" as plain text,
   * for short texts such as comments that must not change the page's outline.
   */
  headingLevel: 2 | 3 | 4 | null;
  /** Tighter spacing for short texts in a list (comments). */
  isCompact?: boolean;
}

type Options = Pick<MarkdownProps, 'author' | 'headingLevel'>;

// Every piece of text becomes a React text node, which React escapes. No string of HTML is ever
// handed to the page (no dangerouslySetInnerHTML anywhere).
function renderInline(nodes: MarkdownInline[], options: Options): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${index}-${node.type}`;
    switch (node.type) {
      case 'text':
        return node.value;
      case 'code':
        return <code key={key}>{node.value}</code>;
      case 'strong':
        return <strong key={key}>{renderInline(node.children, options)}</strong>;
      case 'emphasis':
        return <em key={key}>{renderInline(node.children, options)}</em>;
      case 'link': {
        const children = renderInline(node.children, options);
        if (options.author === 'user') {
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

function renderBlocks(blocks: MarkdownBlock[], options: Options): ReactNode[] {
  return blocks.map((block, index) => {
    const key = `${index}-${block.type}`;
    switch (block.type) {
      case 'heading': {
        const level = (options.headingLevel ?? 2) + block.depth - 1;
        const Heading = (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[level - 2] ?? 'h6';
        return <Heading key={key}>{renderInline(block.children, options)}</Heading>;
      }
      case 'paragraph':
        return <p key={key}>{renderInline(block.children, options)}</p>;
      case 'list': {
        const items = block.items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their place
          <li key={i}>{renderInline(item, options)}</li>
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
        return <blockquote key={key}>{renderBlocks(block.children, options)}</blockquote>;
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

/** Text in Vocare's one Markdown dialect (domain/markdown), rendered as React elements. */
export function Markdown({ source, author, headingLevel, isCompact = false }: MarkdownProps) {
  const blocks = parseMarkdown(source, { allowHeadings: headingLevel !== null });
  return (
    <div className={isCompact ? 'prose prose-compact' : 'prose'}>{renderBlocks(blocks, { author, headingLevel })}</div>
  );
}
