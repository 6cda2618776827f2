import { describe, expect, it } from 'vitest';
import { shippedIndex } from './support/shipped.js';
import { foldName, resolveState, resolveStateExactly, suggestStates } from '../src/domain/resolve.js';

describe('writes name a state exactly; reads stay forgiving', () => {
  it.each([
    ['LTU', 'LTU'],
    ['lt', 'LTU'],
    ['Lithuania', 'LTU'],
    ['LITHUANIA', 'LTU'],
    ['Türkiye', 'TUR'],
    ['turkiye', 'TUR'],
    ['TÜRKIYE', 'TUR'],
    ['U.S.', 'USA'],
    ['United States of America', 'USA'],
    ["Côte d'Ivoire", 'CIV'],
    ["cote d'ivoire", 'CIV'],
    ['Iran (Islamic Republic of)', 'IRN'],
  ])('%s is %s', (name, iso3) => {
    const r = resolveStateExactly(shippedIndex(), name);
    expect(r.ok ? r.value.iso3 : r.error.message).toBe(iso3);
  });

  it.each([
    ["Lithuania'; --", 'Lithuania (LTU)'],
    ['Lithuania!', 'Lithuania (LTU)'],
    ['the lithuania', 'Lithuania (LTU)'],
    ['Lithuana', 'Lithuania (LTU)'],
    ['  Lithuania', 'Lithuania (LTU)'],
    ['Untied States', 'United States'],
    ['Atlantis', null],
  ])('%s is refused as unknown_state (suggesting %s)', (name, suggestion) => {
    const index = shippedIndex();
    const r = resolveStateExactly(index, name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('unknown_state');
    expect(r.error.field).toBe('state');
    if (suggestion !== null) expect(r.error.message).toContain(suggestion);
    expect(suggestStates(index, name).length).toBeLessThanOrEqual(3);
  });

  it('"US" is the alpha-2 code of the United States, so it resolves; "Lithuania\'; --" is forgiven by reads only', () => {
    const index = shippedIndex();
    expect(resolveStateExactly(index, 'US').ok).toBe(true);
    expect(resolveState(index, "Lithuania'; --").ok).toBe(true);
    expect(resolveStateExactly(index, "Lithuania'; --").ok).toBe(false);
  });

  it('folds case and diacritics and nothing else', () => {
    expect(foldName('Türkiye')).toBe('turkiye');
    expect(foldName("Côte d'Ivoire")).toBe("cote d'ivoire");
    expect(foldName('U.S.')).toBe('u.s.');
  });

  it('suggests at most three names, the forgiving match first', () => {
    const near = suggestStates(shippedIndex(), 'Sudan!');
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThanOrEqual(3);
    expect(near[0]?.iso3).toBe('SDN');
  });
});
