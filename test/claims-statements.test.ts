// Statement claims ("X said Lithuania should withdraw") judged against the campaign workspace held in a
// real SQLite store: the shipped workspace loaded through the store API, plus one statement the test
// records so that one person has both stances. Office holders are checked against
// ../shared/reference/officials.csv, not against our own data. The sentences are the test's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspace } from '../src/api/people-cache.js';
import { type CheckedClaim, checkRequest } from '../src/claims/index.js';
import { contextOf } from '../src/data/people/load-people.js';
import type { PeopleRecord } from '../src/domain/people/people-record.js';
import type { Statement } from '../src/domain/people/statement.js';
import { peopleStoreOf } from '../src/store/kysely-people-store.js';
import { BACKENDS, type TestDb } from './support/api-harness.js';
import { officialsRows, referencePrimeMinister, shippedPeopleData } from './support/people.js';
import { shipped, shippedIndex } from './support/shipped.js';

const TODAY = '2026-11-23';
const index = shippedIndex();
const sqlite = BACKENDS.find(([name]) => name === 'SQLite')?.[1];

/** Who held a post of officials.csv on a day (a handover day belongs to the successor). */
function referenceHolder(post: string, on: string): string | undefined {
  const rows = officialsRows().filter((r) => r.country_iso3 === 'LTU' && r.post.startsWith(post) && r.start <= on && (r.end === '' || on <= r.end));
  return rows.sort((a, b) => b.start.localeCompare(a.start))[0]?.person;
}

describe('statement claims against the store workspace (SQLite)', () => {
  let db: TestDb;
  let people: PeopleRecord;
  const ws = shippedPeopleData();
  const baranovas = ws.statements.find((s) => s.speakerId === 'ruslanas-baranovas' && s.stance === 'supports');
  // A second, opposite statement by the same person, recorded by the test only (never shipped).
  const opposite: Statement | undefined = baranovas && {
    id: 'st-test-baranovas-opposes', questionId: baranovas.questionId, speakerId: baranovas.speakerId, date: { value: '2025-05-01', precision: 'day' },
    stance: 'opposes', modality: 'opinion', quote: 'Recorded by the test: an opposite stance', quoteKind: 'reported',
    sources: baranovas.sources.map((c) => ({ sourceId: c.sourceId })), verified: false, note: 'test fixture',
  };

  const check = (text: string, date: string): CheckedClaim[] => checkRequest(index, { text, date }, TODAY, people).claims.filter((c) => c.kind === 'statement');
  const one = (text: string, date: string): CheckedClaim => {
    const found = check(text, date);
    expect(found, `one statement claim in “${text}”`).toHaveLength(1);
    return found[0] as CheckedClaim;
  };

  beforeAll(async () => {
    expect(sqlite, 'the SQLite backend').toBeDefined();
    expect(opposite, 'the shipped workspace has Baranovas for withdrawal').toBeDefined();
    db = await (sqlite as NonNullable<typeof sqlite>).create();
    const store = peopleStoreOf(db.store);
    const ctx = contextOf(shipped());
    const loaded = await store.append(ws, ctx);
    expect(loaded.ok, JSON.stringify(loaded).slice(0, 500)).toBe(true);
    const added = await store.append({ statements: [opposite as Statement] }, ctx);
    expect(added.ok, JSON.stringify(added).slice(0, 500)).toBe(true);
    const read = await readWorkspace(db.store, shipped());
    expect(read.origin).toBe('store');
    people = read.people;
  }, 60_000);
  afterAll(async () => {
    await db.store.close();
    await db.cleanup();
  });

  it('supported: a named minister said to leave, with a date in the sentence, as the record has her', () => {
    const c = one('On 20 March 2025, Defence Minister Dovilė Šakalienė said Lithuania should withdraw from the Mine Ban Convention.', '2025-04-02');
    expect(c.claim).toMatchObject({ kind: 'statement', stance: 'supports', iso3: 'LTU', treatyId: 'apmbc', date: { earliest: '2025-03-20' } });
    expect(c.claimed).toBe(`Dovilė Šakalienė supports ${index.states.get('LTU')?.name} withdrawing from the ${index.treaties.get('apmbc')?.shortName}`);
    expect(c.verdict, c.explanation).toBe('supported');
    expect(c.explanation).toMatch(/Šakalienė/);
    expect(c.explanation).toMatch(/between 2024-03-20 and 2025-04-20/);
    expect(c.evidence.map((e) => e.event_id)).toContain('st-ltu-sakaliene-joint-statement');
    expect(c.evidence.every((e) => e.sources.length > 0 && /“.+”/u.test(e.description))).toBe(true);
  });

  it('contradicted: the record has the campaigner against leaving, and nothing for it', () => {
    const c = one('Campaign director Tamar Gabelnick said Lithuania should withdraw from the Ottawa Convention.', '2025-03-30');
    expect(c.verdict, c.explanation).toBe('contradicted');
    expect(c.evidence.length).toBeGreaterThan(0);
    expect(c.evidence.every((e) => e.description.includes('opposed'))).toBe(true);
  });

  it('disputed: the store holds the same person both for and against in the window', () => {
    const c = one('Ruslanas Baranovas said that Lithuania should withdraw from the Ottawa Convention.', '2025-05-10');
    expect(c.verdict, c.explanation).toBe('disputed');
    expect(c.evidence.map((e) => e.event_id).sort()).toEqual(['st-ltu-baranovas-arsenal', 'st-test-baranovas-opposes']);
  });

  it('unverifiable, with the reason: no statement by a known person, an unknown person, or none near the date', () => {
    const noStatement = one('Gabrielius Landsbergis said Lithuania should withdraw from the Ottawa Convention.', '2025-03-01');
    expect(noStatement.verdict).toBe('unverifiable');
    expect(noStatement.explanation).toMatch(/no statement by Gabrielius Landsbergis/);
    expect(noStatement.explanation).toMatch(/not a contradiction/);
    const unknown = one('Jonas Petrauskaitis said Lithuania should withdraw from the Ottawa Convention.', '2025-03-01');
    expect(unknown.verdict).toBe('unverifiable');
    expect(unknown.explanation).toMatch(/nobody called "Jonas Petrauskaitis"/);
    // Gabelnick's recorded words are of 2025: a claim dated 2027 is outside the window, not contradicted.
    const late = one('Campaign director Tamar Gabelnick said Lithuania should withdraw from the Ottawa Convention.', '2027-02-01');
    expect(late.verdict).toBe('unverifiable');
    expect(late.explanation).toMatch(/at other times/);
    // Another state's question: read as Latvia's, and the record holds nothing said on it by this speaker.
    const latvia = one('Ruslanas Baranovas said Latvia should withdraw from the Ottawa Convention.', '2025-05-10');
    expect(latvia.claim).toMatchObject({ iso3: 'LVA', stance: 'supports' });
    expect(latvia.verdict).toBe('unverifiable');
    expect(latvia.explanation).toMatch(/Latvia leaving the APMBC/);
  });

  it('a post is resolved to its holder on the date (checked against officials.csv)', () => {
    const text = 'The Prime Minister of Lithuania said that Lithuania should withdraw from the Ottawa Convention.';
    const holder = referencePrimeMinister('2025-01-25');
    expect(holder).toBe('Gintautas Paluckas');
    const c = one(text, '2025-01-25');
    expect(c.verdict, c.explanation).toBe('supported');
    expect(c.explanation).toContain(`${holder ?? '?'} (Prime Minister of Lithuania on 2025-01-25)`);
    // The same words dated in mid-2024 are about his predecessor, who is on record with no such statement.
    const before = referencePrimeMinister('2024-06-01');
    expect(before).not.toBe(holder);
    const earlier = one(text, '2024-06-01');
    expect(earlier.verdict).toBe('unverifiable');
    expect(earlier.explanation).toContain(before ?? '?');
    // "Lithuania's defence minister" on 2025-04-02 is the holder of the defence post that day.
    const minister = referenceHolder('Minister of National Defence', '2025-04-02');
    const d = one('Lithuania’s defence minister opposed leaving the Ottawa Convention.', '2025-04-02');
    expect(d.explanation).toContain(minister ?? '?');
    expect(d.verdict, d.explanation).toBe('contradicted');
  });

  it('finds no statement claim where nobody takes a stance on leaving', () => {
    expect(check('Defence Minister Dovilė Šakalienė said the budget would grow next year.', '2025-04-02')).toEqual([]);
  });
});
