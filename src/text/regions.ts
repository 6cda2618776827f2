/**
 * A named set of states whose membership does not change over time and is not in the record:
 * geography ("the Baltic states", "states bordering Russia"). The record's own groups (EU,
 * NATO), whose members change, come from the record.
 */
export interface Region {
  readonly id: string;
  readonly name: string;
  /** How texts write it. */
  readonly names: readonly string[];
  readonly members: readonly string[];
  /** Why these members: geography, not a sourced fact of the record. */
  readonly basis: string;
}

/** The regions the reader knows. Borders are land borders (Lithuania and Poland border Russia's Kaliningrad region). */
export const REGIONS: readonly Region[] = [
  {
    id: 'baltic-states',
    name: 'the Baltic states',
    names: ['Baltic states', 'Baltic countries', 'Baltic nations', 'Baltic republics', 'Baltics', 'three Baltic states', 'three Baltic countries'],
    members: ['EST', 'LVA', 'LTU'],
    basis: 'geography: Estonia, Latvia and Lithuania',
  },
  {
    id: 'nordic-countries',
    name: 'the Nordic countries',
    names: ['Nordic countries', 'Nordic states', 'Nordic nations', 'Nordics'],
    members: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'],
    basis: 'geography: Denmark, Finland, Iceland, Norway and Sweden',
  },
  {
    id: 'p5',
    name: 'the permanent members of the UN Security Council',
    names: ['permanent members of the Security Council', 'permanent members of the UN Security Council', 'permanent members of the United Nations Security Council', 'P5', 'P-5'],
    members: ['CHN', 'FRA', 'RUS', 'GBR', 'USA'],
    basis: 'UN Charter, Art. 23',
  },
  {
    id: 'bordering-RUS',
    name: 'the states bordering Russia',
    names: [],
    members: ['NOR', 'FIN', 'EST', 'LVA', 'LTU', 'POL', 'BLR', 'UKR', 'GEO', 'AZE', 'KAZ', 'CHN', 'MNG', 'PRK'],
    basis: 'geography: land borders, including those of the Kaliningrad region',
  },
  {
    id: 'bordering-BLR',
    name: 'the states bordering Belarus',
    names: [],
    members: ['POL', 'LTU', 'LVA', 'RUS', 'UKR'],
    basis: 'geography: land borders',
  },
  {
    id: 'bordering-UKR',
    name: 'the states bordering Ukraine',
    names: [],
    members: ['POL', 'SVK', 'HUN', 'ROU', 'MDA', 'BLR', 'RUS'],
    basis: 'geography: land borders',
  },
];

/** The region of states bordering a state, if the reader knows its borders. */
export function borderingRegion(iso3: string): Region | undefined {
  return REGIONS.find((r) => r.id === `bordering-${iso3}`);
}

/** A region by id. */
export function regionById(id: string): Region | undefined {
  return REGIONS.find((r) => r.id === id);
}
