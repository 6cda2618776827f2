// Diacritics folding for PostgreSQL's index and queries ("Sakaliene" finds "Šakalienė", as SQLite's
// FTS5 remove_diacritics does). PostgreSQL's translate() is immutable, so it can feed a generated
// column without the unaccent extension; the query is folded with the very same table, in JS.

const LETTERS = 'àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľńņňñòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž';
const EXTRA: readonly [string, string][] = [['ł', 'l'], ['đ', 'd'], ['ø', 'o'], ['ı', 'i'], ['ħ', 'h'], ['ŀ', 'l'], ['ŧ', 't']];

function build(): [string, string] {
  let from = '';
  let to = '';
  for (const c of LETTERS) {
    const base = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    from += c + c.toUpperCase();
    to += base + base.toUpperCase();
  }
  for (const [c, base] of EXTRA) {
    from += c + c.toUpperCase();
    to += base + base.toUpperCase();
  }
  return [from, to];
}

/** Letters with diacritics, and (at the same positions) the letters they fold to: translate()'s arguments. */
export const [FOLD_FROM, FOLD_TO] = build();

const MAP = new Map([...FOLD_FROM].map((c, i) => [c, [...FOLD_TO][i] ?? c]));

/** Folds a text exactly as the PostgreSQL index does (one character for one, so offsets are kept). */
export function foldDiacritics(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) out += MAP.get(c) ?? c;
  return out;
}
