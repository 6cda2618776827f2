// `<`, `>` and `&` are written as \u escapes: the JSON parses to the very same strings, but a
// stored "<script>" can never be read as markup by anything that sniffs or embeds the answer.
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** Serialises an answer as compact JSON, with markup characters escaped. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => ESCAPES[c] ?? c);
}
