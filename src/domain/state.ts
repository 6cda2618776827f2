/** A state that can join the treaties (UN members, the Holy See, the State of Palestine, the Cook Islands, Niue). */
export interface State {
  /** ISO 3166-1 alpha-3, e.g. `LTU`. */
  readonly iso3: string;
  /** ISO 3166-1 alpha-2, e.g. `LT`. */
  readonly iso2: string;
  /** Short English name, e.g. `Lithuania`. */
  readonly name: string;
  /** The name the UN depositary uses, e.g. `Iran (Islamic Republic of)`. */
  readonly officialName?: string;
  /** Other names texts use: `U.S.`, `the United States`, `Turkey`, … */
  readonly aliases: readonly string[];
}

/** Normalises a name for alias look-up: case, accents, punctuation and a leading "the" do not matter. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
