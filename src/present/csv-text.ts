// CSV text for every export (RFC 4180, as csv-stringify writes it with its defaults): fields joined
// by commas, each record ended by a line feed; a field holding a comma, a double quote, a line feed
// or a carriage return is quoted, its quotes doubled. Our own because csv-stringify takes about
// 40 ms for the 197 × 32 cells of the matrix (its options are read again for every field), most of
// the `matrix --csv` cold start's budget; this is the same bytes in well under a millisecond.

const NEEDS_QUOTES = /[",\n\r]/;

/** One field, quoted when it must be. */
function field(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of string fields as CSV text, every record (the last too) ended by `\n`; no rows is the empty string. */
export function csvText(rows: readonly (readonly string[])[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(field).join(',')}\n`;
  return text;
}
