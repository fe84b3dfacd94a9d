// Which link destinations the Markdown dialect lets through: same-site paths and fragments, and
// http(s)/mailto URLs. Everything else is dropped at parse time, keeping the link's words.

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
