import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { countWords, formatCount } from './count-words.js';

describe('countWords', () => {
  it('puts the noun in the singular for exactly one, and in the plural otherwise', () => {
    expect(countWords(1, 'hour')).toBe('1 hour');
    expect(countWords(2, 'hour')).toBe('2 hours');
    expect(countWords(0, 'hour')).toBe('0 hours');
    expect(countWords(1.5, 'hour')).toBe('1.5 hours');
    expect(countWords(1, 'requirement')).toBe('1 requirement');
    expect(countWords(4, 'requirement')).toBe('4 requirements');
    expect(countWords(1, 'entry', 'entries')).toBe('1 entry');
    expect(countWords(3, 'entry', 'entries')).toBe('3 entries');
    expect(countWords(1500, 'hour')).toBe('1,500 hours');
  });

  it('formats counts with at most two decimals, the same in every locale', () => {
    expect(formatCount(1.755)).toBe('1.76');
    expect(formatCount(3000)).toBe('3,000');
  });
});

// Issue 18, item 10: "1 requirement(s)" and "Logged 1 hours". A count's noun is put in the right number by
// countWords (or a sentence written for each case); this scan keeps "(s)" plurals out of the text people read:
// every string literal, template text and JSX text under src/ (code and comments are not text, so not scanned).
const PLURAL_IN_PARENS = /[A-Za-z]\((?:s|es)\)/;

function textsOf(fileName: string, source: string): { text: string; line: number }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const texts: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      texts.push({ text: node.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

function pluralsIn(fileName: string, source: string): string[] {
  return textsOf(fileName, source)
    .filter(({ text }) => PLURAL_IN_PARENS.test(text.replace(/https?\(s\)/g, '')))
    .map(({ text, line }) => `${fileName}:${line}: ${text.trim()}`);
}

describe('no "(s)" plurals in the product text', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [full] : [];
    });

  it('finds none in the strings and JSX text of src/ (web pages, domain texts, server and CLI messages)', () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(100);
    // Parse only the files where the pattern appears at all: parsing all of src/ is slow on a loaded machine.
    const found = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return PLURAL_IN_PARENS.test(source) ? pluralsIn(path.relative(root, file), source) : [];
    });
    expect(found).toEqual([]);
  });

  it('catches one in a string, a template or JSX text, and leaves code and comments alone', () => {
    const source = [
      "const a = 'hour(s)';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the snippet is source code holding a template
      'const b = `${n} requirement(s) left`;',
      'const c = <p>{n} entry(s)</p>;',
      'const d = items.map((s) => get(s)); // step(s)',
      "const e = 'http(s) addresses only';",
    ].join('\n');
    expect(pluralsIn('x.tsx', source)).toEqual([
      'x.tsx:1: hour(s)',
      'x.tsx:2: requirement(s) left',
      'x.tsx:3: entry(s)',
    ]);
  });
});
