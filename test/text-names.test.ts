import { describe, expect, it } from 'vitest';
import { buildGazetteer, mentionsOf, readText, type Mention } from '../src/text/index.js';
import { shippedIndex } from './support/shipped.js';

const gazetteer = buildGazetteer(shippedIndex());
const mentions = (text: string): Mention[] => readText(text, gazetteer, { reference: '2025-05-09' }).sentences.flatMap((s) => s.mentions);
const states = (text: string): string[] => mentionsOf(mentions(text), 'state').map((m) => `${m.iso3}:${m.form}`);
const treaties = (text: string): string[] => mentionsOf(mentions(text), 'treaty').map((m) => `${m.treatyId ?? 'null'}:${m.form}:${m.text}`);
const groups = (text: string): string[] => mentionsOf(mentions(text), 'group').map((m) => `${m.groupId}${m.within ? `/${m.within}` : ''}:${m.text}`);

describe('states by any name in the record', () => {
  it('reads names, aliases, possessives and adjectives', () => {
    expect(states('Russia, the US, and China have never joined')).toEqual(['RUS:name', 'USA:name', 'CHN:name']);
    expect(states('every member except the U.S.')).toEqual(['USA:name']);
    expect(states('Lithuania’s parliament and the Lithuanian government')).toEqual(['LTU:possessive', 'LTU:adjective']);
    expect(states('Türkiye (Turkey), Côte d’Ivoire, the Democratic Republic of the Congo and Guinea-Bissau')).toEqual(['TUR:name', 'TUR:name', 'CIV:name', 'COD:name', 'GNB:name']);
    expect(states('the Holy See and the State of Palestine')).toEqual(['VAT:name', 'PSE:name']);
  });

  it('does not read words as states: ISO codes, lower-case words, places that contain a name', () => {
    expect(states('in the region; it is to be; on the whole')).toEqual([]);
    expect(states('let us talk about turkey and china plates')).toEqual([]);
    expect(states('across Latin America and South America')).toEqual([]);
  });
});

describe('groups and regions', () => {
  it('reads the record groups and regions', () => {
    expect(groups('every EU and NATO member')).toEqual(['eu:EU', 'nato:NATO']);
    expect(groups('the European Union and the North Atlantic Alliance')).toEqual(['eu:European Union', 'nato:North Atlantic Alliance']);
    expect(groups('the Baltic states and the Nordic countries')).toEqual(['baltic-states:Baltic states', 'nordic-countries:Nordic countries']);
  });

  it('reads states bordering a state as a region, within a group when one is named', () => {
    expect(groups('all states bordering the territory of Russia have left')).toEqual(['bordering-RUS:states bordering the territory of Russia']);
    expect(groups('Lithuania and other NATO states bordering Russia and Belarus')).toEqual(['bordering-RUS/nato:NATO states bordering Russia']);
    expect(states('Lithuania and other NATO states bordering Russia and Belarus')).toEqual(['LTU:name', 'BLR:name']);
  });
});

describe('treaties by name, description or reference', () => {
  it('reads the record names and aliases', () => {
    expect(treaties('the Ottawa Treaty, the Mine Ban Convention, the APMBC and the Oslo Convention')).toEqual([
      'apmbc:name:Ottawa Treaty', 'apmbc:name:Mine Ban Convention', 'apmbc:name:APMBC', 'ccm:name:Oslo Convention',
    ]);
  });

  it('reads descriptions by the words they share with a treaty’s names', () => {
    expect(treaties('Lithuania exits anti-personnel mine convention')).toEqual(['apmbc:description:anti-personnel mine convention']);
    expect(treaties('withdrawal from the 1997 treaty banning antipersonnel landmines')).toEqual(['apmbc:description:1997 treaty banning antipersonnel landmines']);
    // Other treaties are not these two (the record may know them by name, as it knows the CWC).
    expect(treaties('the Chemical Weapons Convention, the Geneva Conventions and the Vienna Convention on the Law of Treaties').filter((t) => /^(apmbc|ccm)/.test(t))).toEqual([]);
  });

  it('points "the Convention" at the treaty named last', () => {
    expect(treaties('Lithuania left the Oslo Convention. The Convention had 112 parties.')).toEqual(['ccm:name:Oslo Convention', 'ccm:reference:The Convention']);
    expect(treaties('The Convention is strong.')).toEqual(['null:reference:The Convention']);
  });

  it('reads legislatures with their state', () => {
    expect(mentionsOf(mentions('The Seimas and the Saeima voted.'), 'body').map((b) => b.iso3)).toEqual(['LTU', 'LVA']);
  });
});

describe('offsets', () => {
  it('every mention’s text is the input between its offsets', () => {
    const text = 'On 8 May 2025, Lithuania’s Seimas voted 107–0–3 to leave the Ottawa Treaty; 32 states—including the U.S.—never joined.';
    for (const m of mentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
