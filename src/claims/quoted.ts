/**
 * A claim's words in quotation marks for a summary line; a passage that opens with a quotation of
 * its own (a statement claim: “They will work it out…,” said …) is not quoted again.
 */
export function quoted(text: string): string {
  return /^[“"‘«]/u.test(text) ? text : `“${text}”`;
}
