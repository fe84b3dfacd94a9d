import { WIN_ANSI_DECODE } from './pdf-writer.js';

/*
 * Reads back what pdf-writer.ts writes: checks the structure (header, xref offsets, stream lengths, trailer)
 * and extracts the text shown by each page's content stream (the strings of Tj and TJ operators). Not a general
 * PDF parser: no compression, no object streams, no incremental updates. Tests and `vocare` tooling use it to
 * check a verification summary says what it should.
 */

export interface PdfInspection {
  version: string;
  /** Structural problems found; empty for a well-formed file. */
  problems: string[];
  /** Text runs per page, in the order they are drawn. */
  pages: string[][];
  /** Every run of every page, one per line. */
  text: string;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + chunk)));
  }
  return s;
}

function decodeByte(code: number): string {
  return WIN_ANSI_DECODE.get(code) ?? String.fromCharCode(code);
}

/** The strings shown by Tj and TJ in one content stream, decoded from WinAnsi. */
export function contentStreamStrings(stream: string): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  let inArray = false;
  let arrayParts: string[] = [];
  let i = 0;
  while (i < stream.length) {
    const c = stream[i] as string;
    if (c === '(') {
      let depth = 1;
      let s = '';
      i++;
      while (i < stream.length && depth > 0) {
        const ch = stream[i] as string;
        if (ch === '\\') {
          const next = stream[i + 1] ?? '';
          if (/[0-7]/.test(next)) {
            let oct = '';
            let j = i + 1;
            while (j < stream.length && oct.length < 3 && /[0-7]/.test(stream[j] ?? '')) oct += stream[j++];
            s += decodeByte(Number.parseInt(oct, 8));
            i = j;
            continue;
          }
          const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
          if (next === '\n') s += '';
          else s += escapes[next] ?? next;
          i += 2;
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (depth > 0) s += decodeByte(ch.charCodeAt(0));
        i++;
      }
      if (inArray) arrayParts.push(s);
      else pending.push(s);
      continue;
    }
    if (c === '[') {
      inArray = true;
      arrayParts = [];
      i++;
      continue;
    }
    if (c === ']') {
      inArray = false;
      pending.push(arrayParts.join(''));
      i++;
      continue;
    }
    if (/[A-Za-z'"*]/.test(c)) {
      let op = '';
      while (i < stream.length && /[A-Za-z'"*]/.test(stream[i] ?? '')) op += stream[i++];
      if (op === 'Tj' || op === 'TJ' || op === "'" || op === '"') {
        const last = pending[pending.length - 1];
        if (last !== undefined) out.push(last);
      }
      pending = [];
      continue;
    }
    i++;
  }
  return out;
}

/** Checks a PDF's structure and extracts its text (see the note at the top of this file). */
export function inspectPdf(bytes: Uint8Array): PdfInspection {
  const s = latin1(bytes);
  const problems: string[] = [];
  const version = /^%PDF-(\d\.\d)/.exec(s)?.[1] ?? '';
  if (!version) problems.push('no %PDF- header');
  if (!/%%EOF\s*$/.test(s)) problems.push('no %%EOF at the end');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(s);
  const offsets = new Map<number, number>();
  if (!startxref) {
    problems.push('no startxref');
  } else {
    const at = Number(startxref[1]);
    const xref = /^xref\s+0 (\d+)\s*\n/.exec(s.slice(at));
    if (!xref) {
      problems.push(`startxref ${at} does not point at an xref table`);
    } else {
      const count = Number(xref[1]);
      let pos = at + xref[0].length;
      for (let id = 0; id < count; id++) {
        const entry = s.slice(pos, pos + 20);
        pos += 20;
        // The three 20-byte forms the standard allows: "n \n", "n\r\n", "n \r".
        const m = /^(\d{10}) (\d{5}) ([nf])[ \r][\r\n]$/.exec(entry);
        if (!m) {
          problems.push(`xref entry ${id} is not 20 bytes of "nnnnnnnnnn ggggg n"`);
          break;
        }
        if (m[3] === 'n') {
          const offset = Number(m[1]);
          offsets.set(id, offset);
          if (!s.startsWith(`${id} 0 obj`, offset))
            problems.push(`xref says object ${id} is at ${offset}, but it is not`);
        }
      }
      const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(s.slice(pos));
      if (!trailer) problems.push('no trailer after the xref table');
      else if (!new RegExp(`/Size ${count}\\b`).test(trailer[1] ?? '')) problems.push(`trailer /Size is not ${count}`);
    }
  }

  const objectBody = (id: number): string | null => {
    const offset = offsets.get(id);
    if (offset === undefined) return null;
    const end = s.indexOf('endobj', offset);
    return end < 0 ? null : s.slice(offset, end);
  };
  const streamOf = (id: number): string | null => {
    const body = objectBody(id);
    if (body === null) return null;
    const length = /\/Length (\d+)/.exec(body);
    const start = /stream\r?\n/.exec(body);
    if (!length || !start) return null;
    const from = start.index + start[0].length;
    const data = body.slice(from, from + Number(length[1]));
    if (!/^\s*endstream/.test(body.slice(from + Number(length[1])))) {
      problems.push(`object ${id}: /Length ${length[1]} does not end at "endstream"`);
    }
    return data;
  };

  const pages: string[][] = [];
  const root = /\/Root (\d+) 0 R/.exec(s)?.[1];
  const catalog = root ? objectBody(Number(root)) : null;
  const pagesId = catalog ? /\/Pages (\d+) 0 R/.exec(catalog)?.[1] : undefined;
  const pagesBody = pagesId ? objectBody(Number(pagesId)) : null;
  const kids = pagesBody ? /\/Kids \[([^\]]*)\]/.exec(pagesBody)?.[1] : undefined;
  if (!kids) problems.push('no page tree');
  for (const ref of (kids ?? '').matchAll(/(\d+) 0 R/g)) {
    const page = objectBody(Number(ref[1]));
    const contents = page ? /\/Contents (\d+) 0 R/.exec(page)?.[1] : undefined;
    const stream = contents ? streamOf(Number(contents)) : null;
    if (stream === null) {
      problems.push(`page object ${ref[1]} has no readable content stream`);
      pages.push([]);
      continue;
    }
    pages.push(contentStreamStrings(stream));
  }
  return { version, problems, pages, text: pages.flat().join('\n') };
}
