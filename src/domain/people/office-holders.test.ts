import { describe, expect, it } from 'vitest';
import { peopleFixture } from '../../../test/fixtures/people-fixture.js';
import { indexRecord } from '../record-index.js';
import { holderOn, resolvePerson, resolvePost } from './office-holders.js';
import { indexPeople } from './people-record.js';

const people = indexPeople(peopleFixture());
const index = indexRecord({ treaties: [], states: [{ iso3: 'LTU', iso2: 'LT', name: 'Lithuania', aliases: ['Republic of Lithuania'] }], groups: [], memberships: [], sources: [], events: [] });
const holder = (post: string, on: string) => holderOn(people, post, on);

describe('who holds a post on a date', () => {
  it('resolves the Prime Minister before, on and after each handover (a handover day belongs to the successor)', () => {
    expect(holder('pm', '2025-01-17')?.person?.name).toBe('Gintautas Paluckas');
    expect(holder('pm', '2025-08-03')?.person?.name).toBe('Gintautas Paluckas');
    expect(holder('pm', '2025-08-04')).toMatchObject({ certainty: 'in_office', person: { name: 'Rimantas Šadžius' }, membership: { acting: true } });
    expect(holder('pm', '2025-09-25')?.person?.name).toBe('Inga Ruginienė');
    expect(holder('pm', '2030-01-01')?.person?.name).toBe('Inga Ruginienė');
  });

  it('names nobody before the first recorded holder', () => {
    expect(holder('pm', '2024-12-11')).toMatchObject({ certainty: 'none' });
    expect(holder('pm', '2024-12-11')?.person).toBeUndefined();
  });

  it('for a post known only from attestations, gives the person last seen in it, and when', () => {
    expect(holder('pr', '2020-01-01')).toMatchObject({ certainty: 'none' });
    expect(holder('pr', '2022-05-01')).toMatchObject({ certainty: 'last_seen', lastSeen: '2021-06-11', person: { name: 'Andrius Krivas' } });
    expect(holder('pr', '2025-03-26')).toMatchObject({ certainty: 'last_seen', lastSeen: '2025-01-17', person: { name: 'Darius Staniulis' } });
  });

  it('is undefined for an unknown post', () => expect(holder('nope', '2025-01-01')).toBeUndefined());
});

describe('finding posts and people by the names users type', () => {
  it.each(['Prime Minister of Lithuania', 'prime minister of the Republic of Lithuania', 'Lithuania Prime Minister', 'Prime Minister of LTU', 'PM of Lithuania'])('"%s" is the Prime Minister of Lithuania', (text) => {
    const r = resolvePost(people, index, text);
    expect(r.ok && r.value.id).toBe('pm');
  });
  it('refuses an unknown post with a stable code naming the field', () => {
    expect(resolvePost(people, index, 'King of Lithuania')).toMatchObject({ ok: false, error: { code: 'unknown_post', field: 'to' } });
  });
  it('finds a person by full name, spelling without accents, or family name; refuses ambiguity', () => {
    for (const t of ['Inga Ruginienė', 'Inga Ruginiene', 'ruginiene', 'Paluckas']) expect(resolvePerson(people, t).ok).toBe(true);
    expect(resolvePerson(people, 'nobody')).toMatchObject({ ok: false, error: { code: 'unknown_person' } });
    expect(resolvePerson(people, 'as')).toMatchObject({ ok: false, error: { code: 'ambiguous_person' } });
  });
});
