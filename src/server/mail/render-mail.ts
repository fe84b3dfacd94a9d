import type { RenderedMail } from './mail-message.js';

/**
 * One source per message kind: a list of blocks that render to the plain-text and the HTML body alike, so the two
 * never say different things. Text is plain (escaped in HTML); links are shown in full in the text body.
 */
export type MailBlock =
  | { kind: 'greeting'; name: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'action'; label: string; url: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'small'; text: string };

export interface MailSource {
  subject: string;
  /** The first line a mail client shows beside the subject. */
  preview: string;
  blocks: MailBlock[];
  /**
   * Set for notices that are not strictly transactional: adds List-Unsubscribe with the one-click URL (RFC 8058:
   * mail clients POST to it) and a footer link to the page. Account mail (verification, reset) must not have one.
   */
  unsubscribe?: { pageUrl: string; oneClickUrl: string };
}

const SIGN_OFF = 'Vocare';
const FOOTER = 'You get this message because of your Vocare account.';

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'greeting':
      return `Hello ${block.name},`;
    case 'paragraph':
      return block.text;
    case 'action':
      return `${block.label}:\n${block.url}`;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'small':
      return block.text;
  }
}

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'greeting':
      return `<p>Hello ${escapeHtml(block.name)},</p>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'action':
      return `<p><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:10px 16px;background:#1f5f5b;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(block.label)}</a></p>\n<p style="font-size:13px;color:#555555">If the button does not work, paste this address into your browser: ${escapeHtml(block.url)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'small':
      return `<p style="font-size:13px;color:#555555">${escapeHtml(block.text)}</p>`;
  }
}

/** Renders a message source to both bodies and its headers. */
export function renderMail(source: MailSource): RenderedMail {
  const unsubscribe = source.unsubscribe;
  const footerText = unsubscribe ? `${FOOTER}\nStop these messages: ${unsubscribe.pageUrl}` : FOOTER;
  const text = `${[...source.blocks.map(blockText), SIGN_OFF].join('\n\n')}\n\n-- \n${footerText}\n`;
  const footerHtml = unsubscribe
    ? `${escapeHtml(FOOTER)} <a href="${escapeHtml(unsubscribe.pageUrl)}">Stop these messages</a>.`
    : escapeHtml(FOOTER);
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(source.subject)}</title></head>`,
    '<body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;max-width:560px;margin:0 auto;padding:16px">',
    `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(source.preview)}</div>`,
    ...source.blocks.map(blockHtml),
    `<p>${SIGN_OFF}</p>`,
    `<hr style="border:none;border-top:1px solid #dddddd"><p style="font-size:13px;color:#555555">${footerHtml}</p>`,
    '</body></html>',
  ].join('\n');
  const headers: Record<string, string> = unsubscribe
    ? { 'List-Unsubscribe': `<${unsubscribe.oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
    : {};
  return { subject: source.subject, text, html, headers };
}
