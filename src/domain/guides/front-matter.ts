import { type GuideFrontMatter, GuideFrontMatterSchema } from '#contracts/guides.js';

/** A guide file that cannot be loaded: names the file and, where there is one, the field. */
export class GuideFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    readonly reason: string,
  ) {
    super(`${file}${field ? `: field "${field}"` : ''}: ${reason}`);
    this.name = 'GuideFileError';
  }
}

export interface ParsedGuideFile {
  slug: string;
  frontMatter: GuideFrontMatter;
  body: string;
}

type RawValue = string | string[] | number;

const KEY_LINE = /^([a-z][a-z0-9_]*):(?:[ \t]+(.*))?$/;
const LIST_FIELDS = new Set(['tags', 'careers', 'causes']);
const NUMBER_FIELDS = new Set(['order']);
const KNOWN_FIELDS = new Set(['title', 'summary', 'tags', 'careers', 'causes', 'author', 'date', 'order']);

function unquote(file: string, field: string, raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"')) {
    if (value.length < 2 || !value.endsWith('"')) throw new GuideFileError(file, field, 'unterminated quoted value');
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // fall through to the error below
    }
    throw new GuideFileError(file, field, 'badly quoted value (use "double quotes" with \\" for a quote inside)');
  }
  if (value.startsWith("'")) {
    if (value.length < 2 || !value.endsWith("'")) throw new GuideFileError(file, field, 'unterminated quoted value');
    return value.slice(1, -1).replaceAll("''", "'");
  }
  return value;
}

function parseList(file: string, field: string, raw: string): string[] {
  const value = raw.trim();
  if (!value.startsWith('[') || !value.endsWith(']')) {
    throw new GuideFileError(file, field, 'must be a list written [a, b, c]');
  }
  const inner = value.slice(1, -1).trim();
  if (inner === '') return [];
  return inner.split(',').map((part) => {
    const item = unquote(file, field, part);
    if (item === '') throw new GuideFileError(file, field, 'has an empty list item');
    return item;
  });
}

function parseValue(file: string, field: string, raw: string): RawValue {
  if (LIST_FIELDS.has(field)) return parseList(file, field, raw);
  if (NUMBER_FIELDS.has(field)) {
    if (!/^\d{1,6}$/.test(raw.trim())) throw new GuideFileError(file, field, 'must be a whole number');
    return Number(raw.trim());
  }
  return unquote(file, field, raw);
}

/**
 * Splits a guide file into its front matter and Markdown body and checks the front matter
 * strictly: a `---` fence first, one `key: value` per line, no unknown or repeated keys, every
 * required field present and valid. The slug is the file name without `.md`.
 */
export function parseGuideFile(file: string, text: string): ParsedGuideFile {
  const base = file.split('/').pop() ?? file;
  const slugMatch = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/.exec(base);
  if (!slugMatch?.[1]) {
    throw new GuideFileError(file, null, 'file name must be lowercase words joined by hyphens, ending in .md');
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines[0]?.trim() !== '---') throw new GuideFileError(file, null, 'must start with a "---" front matter line');
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) throw new GuideFileError(file, null, 'front matter is not closed by a "---" line');

  const fields: Record<string, RawValue> = {};
  for (let index = 1; index < end; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = KEY_LINE.exec(line);
    if (!match?.[1])
      throw new GuideFileError(file, null, `line ${index + 1} is not "key: value": ${line.slice(0, 60)}`);
    const key = match[1];
    if (!KNOWN_FIELDS.has(key)) throw new GuideFileError(file, key, 'is not a known field');
    if (key in fields) throw new GuideFileError(file, key, 'appears twice');
    fields[key] = parseValue(file, key, match[2] ?? '');
  }

  const result = GuideFrontMatterSchema.safeParse(fields);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path[0] === undefined ? null : String(issue.path[0]);
    const reason =
      issue?.code === 'invalid_type' && field && !(field in fields) ? 'is required' : (issue?.message ?? 'is invalid');
    throw new GuideFileError(file, field, reason);
  }
  const body = lines
    .slice(end + 1)
    .join('\n')
    .trim();
  if (body === '') throw new GuideFileError(file, 'body', 'the guide has no text after its front matter');
  return { slug: slugMatch[1], frontMatter: result.data, body };
}
