// The preposition that introduces a date or a duration: "in 2004", "by 2016", "since 1991", "as of 2023".
const QUALIFIER = /(?:^|[^\p{L}])(as of|as at|at the end of|by the end of|at the start of|at the beginning of|by the beginning of|before the end of|the end of|the start of|in|on|by|since|before|after|until|till|from|to|through|during|throughout|between|within|for|over|early|mid|late|earlier|later|of|around|about|circa)[\s-]+(?:the\s+)?$/iu;

/** The qualifying word(s) written just before local offset `at` in `text`, lower-cased ("in", "as of"), or undefined. */
export function qualifierBefore(text: string, at: number): string | undefined {
  const m = QUALIFIER.exec(text.slice(Math.max(0, at - 24), at));
  return m?.[1]?.toLowerCase();
}
