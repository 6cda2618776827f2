import type { ArticleMention } from './mention.js';
import { type Scan, emit, isFree, matches, take } from './scan.js';

// Characters whose digits are never counts or dates: addresses, phone numbers, document numbers.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"”]+|\]\([^)\s]{0,300}\)/giu;
// An e-mail address is found from its "@" outwards: a pattern that starts with a character class
// would try every position of a long word again, and take the square of its length.
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
// "+41 22 920 03 25", "(202) 555-0123", "022 920 03 25": a leading + or (area code), or four
// or more groups of 2–4 digits. Tallies ("107–0–3") have one-digit groups and en dashes.
const PHONE = /(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{1,4}){1,5}|\(\d{2,4}\)[ .-]?\d{2,4}[ .-]\d{2,4}|(?<![\d,.])\d{2,4}(?:[ .]\d{2,4}){3,5})(?![\d])/gu;
// Document and reference numbers: "No. 2281", "Decree 441/2025", "C.N.362.2025", "Resolution 2231", "p. 12".
const REFERENCE = /\b(?:No|Nos|Nr|no|nos)\.\s*\d[\d/.-]*|#\s?\d+|\b(?:C\.N\.|CN\.)\d+(?:\.\d+)*(?:\.[A-Z-]+(?:-[A-Z0-9]+)*)?|\b(?:Decree|Resolution|Law|Act|Protocol|Chapter|Section|Annex|Rule|Regulation|Directive|page|pages|pp?\.|para\.?|paragraph|Case|case|Volume|Vol\.|Item)\s+(?:No\.?\s*)?[\dIVXLC][\dIVXLC/.-]*/gu;
// Treaty articles: "Article 20", "Art. 20(3)", "Articles 17 and 20", "article 62".
const ARTICLE = /\b(?:Articles?|articles?|Arts?\.|arts?\.)\s*(\d+(?:\s*\(\d+\))*(?:\s*(?:,|and|or|to|–|-)\s*\d+(?:\s*\(\d+\))*)*)/gu;
// Footnote marks: "Party.[1]", "the Convention[12]" — never counts.
const FOOTNOTE = /\[\d{1,3}\]/gu;
// Clock times: "at 5 pm", "10:30".
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?(?![\p{L}])/giu;

/** Takes the characters of URLs, e-mail addresses, phone numbers, reference numbers and clock times; emits treaty articles. */
export function findNoise(scan: Scan, digit = true): void {
  if (scan.text.includes('@')) emails(scan);
  const link = scan.text.includes('http') || scan.text.includes('www.') || scan.text.includes('](');
  // Without digits there is nothing here to keep from being read as a count or a date.
  for (const re of digit ? [URL, PHONE, REFERENCE, TIME, FOOTNOTE] : link ? [URL] : []) {
    for (const m of matches(re, scan.text)) {
      if (isFree(scan, m.index, m.index + m[0].length)) take(scan, m.index, m.index + m[0].length);
    }
  }
  if (!digit) return;
  for (const m of matches(ARTICLE, scan.text)) {
    const end = m.index + m[0].length;
    if (!isFree(scan, m.index, end)) continue;
    emit<ArticleMention>(scan, m.index, end, { kind: 'article', article: (m[1] ?? '').replace(/\s+/g, '') });
  }
}

function emails(scan: Scan): void {
  for (let at = scan.text.indexOf('@'); at >= 0; at = scan.text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && EMAIL_LOCAL.test(scan.text[start - 1] ?? '')) start -= 1;
    const domain = EMAIL_DOMAIN.exec(scan.text.slice(at + 1, at + 256));
    if (start < at && domain) take(scan, start, at + 1 + domain[0].length);
  }
}
