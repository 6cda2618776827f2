// A small PDF reader for tests: page count and the text of each page, enough to check that a PDF
// printed by Chromium (Skia: Type0 fonts with ToUnicode maps, Flate-compressed streams) says what
// it should. Not a general PDF parser; no PDF library is installed.
import { inflateSync } from 'node:zlib';

interface PdfObject { readonly dict: string; readonly stream?: Buffer }

/** Pages and their text. */
export interface PdfText { readonly pages: number; readonly text: readonly string[] }

/** Reads the page count and each page's text from PDF bytes. */
export function pdfText(bytes: Uint8Array): PdfText {
  const buf = Buffer.from(bytes);
  const objects = readObjects(buf);
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOfFont = (fontId: number): Map<number, string> => {
    const cached = cmaps.get(fontId);
    if (cached) return cached;
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId)?.dict ?? '');
    const map = parseCmap(ref?.[1] ? objects.get(Number(ref[1]))?.stream?.toString('latin1') ?? '' : '');
    cmaps.set(fontId, map);
    return map;
  };
  const pages = [...objects.entries()].filter(([, o]) => /\/Type\s*\/Page\b(?!s)/.test(o.dict)).sort(([a], [b]) => a - b);
  const text = pages.map(([, page]) => {
    const resources = dictOf(objects, page.dict, 'Resources');
    const fontDict = dictOf(objects, resources, 'Font');
    const fonts = new Map([...fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1] ?? '', Number(m[2])]));
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '');
    return contents.map((c) => showText(c, (name) => cmapOfFont(fonts.get(name) ?? -1))).join('\n');
  });
  return { pages: pages.length, text };
}

function readObjects(buf: Buffer): Map<number, PdfObject> {
  const out = new Map<number, PdfObject>();
  const s = buf.toString('latin1');
  for (const m of s.matchAll(/(\d+) 0 obj\b/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = s.indexOf('endobj', start);
    const body = s.slice(start, end);
    const at = body.indexOf('stream');
    if (at < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    let from = start + at + 'stream'.length;
    if (s[from] === '\r') from += 1;
    if (s[from] === '\n') from += 1;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? '0');
    const raw = buf.subarray(from, from + length);
    out.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  return out;
}

// A dictionary entry given inline (`/Font << … >>`) or by reference (`/Font 12 0 R`).
function dictOf(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  if (ref?.[1]) return objects.get(Number(ref[1]))?.dict ?? '';
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return '';
  let depth = 0;
  const from = dict.indexOf('<<', at);
  for (let i = from; i < dict.length - 1; i += 1) {
    if (dict.startsWith('<<', i)) { depth += 1; i += 1; } else if (dict.startsWith('>>', i)) {
      depth -= 1;
      i += 1;
      if (depth === 0) return dict.slice(from, i + 1);
    }
  }
  return '';
}

function parseCmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string): string => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1] ?? '0', 16), hex(m[2] ?? ''));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, first] = [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
      for (let g = lo; g <= hi; g += 1) map.set(g, String.fromCodePoint(first + g - lo));
    }
  }
  return map;
}

// Tf picks the font; Tj/TJ show hex glyph strings; a large TJ offset or a move starts a new word or line.
function showText(content: string, cmapOf: (font: string) => Map<number, string>): string {
  let cmap = new Map<number, string>();
  let out = '';
  const decode = (h: string): string => (h.match(/.{4}/g) ?? []).map((g) => cmap.get(parseInt(g, 16)) ?? '').join('');
  for (const m of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ|(T\*|Td|TD|Tm|ET)\b/g)) {
    if (m[1]) cmap = cmapOf(m[1]);
    else if (m[2] !== undefined) out += decode(m[2]);
    else if (m[3] !== undefined) {
      for (const part of m[3].matchAll(/<([0-9A-Fa-f]*)>|(-?[\d.]+)/g)) {
        if (part[1] !== undefined) out += decode(part[1]);
        else if (Number(part[2]) < -200) out += ' ';
      }
    } else if (m[4]) out += m[4] === 'Td' || m[4] === 'TD' ? ' ' : '\n';
  }
  return out;
}
