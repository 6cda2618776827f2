// Accepting a suggestion is one transaction (issue 7, "nothing half-written"): the record written
// (an event, or a statement or vote in the campaign workspace) and the suggestion's pending→accepted
// commit together or not at all. On a real SQLite file and real PostgreSQL: accept and reject of one
// suggestion racing from two connections (a second process on SQLite, whose driver cannot wait on a
// lock held in its own thread), and a suggestion decided or deleted by another connection between
// the accept's checks and its write, which must leave nothing written.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextOf, loadPeopleData } from '../src/data/people/load-people.js';
import type { PeopleData } from '../src/domain/people/people-data.js';
import { type Result } from '../src/domain/result.js';
import { type Accepted, acceptAnySuggestion } from '../src/ingest/accept-suggestion.js';
import type { ReviewStores } from '../src/ingest/review-suggestion.js';
import type { NewDocument } from '../src/store/document-store.js';
import type { IngestTables } from '../src/store/ingest-schema.js';
import { openDocumentStore } from '../src/store/kysely-document-store.js';
import { peopleStoreOf } from '../src/store/kysely-people-store.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { openSuggestionStore } from '../src/store/kysely-suggestion-store.js';
import type { PeopleStore } from '../src/store/people-store.js';
import type { NewSuggestion } from '../src/store/suggestion-store.js';
import type { TreatyStore } from '../src/store/treaty-store.js';
import { BACKENDS, TODAY, type TestDb } from './support/api-harness.js';

const CLI = fileURLToPath(new URL('../dist/bundle/treatywatch.js', import.meta.url));
const QUOTE = 'Jonas Testauskas said: "We must not leave the Ottawa Convention."';
const BODY = `Seimas debates the mine ban\nOn 8 May 2025 the Seimas voted on withdrawal, 107 in favour and 3 against. ${QUOTE}`;
const sha256 = createHash('sha256').update(BODY).digest('hex');
const DOC: NewDocument = {
  id: `doc-${sha256.slice(0, 12)}`, sha256, title: 'Seimas debates the mine ban', kind: 'news', format: 'text', bytes: Buffer.byteLength(BODY), body: BODY,
  publisher: 'Test Wire', published: '2025-05-08', dateOrigin: 'given', ingestedBy: 'tester', ingestedAt: '2026-11-23T10:00:00.000Z',
};
const recording = (by: string) => ({ recordedBy: by, recordedAt: new Date().toISOString() });

// Each round proposes its own fact (a vote on a day of its own), so no round's event repeats another's.
let day = 0;
function eventSuggestion(): NewSuggestion & { date: string } {
  day += 1;
  const date = new Date(Date.UTC(2023, 0, day)).toISOString().slice(0, 10);
  return {
    date, key: `atomic|${date}`, origin: 'document', documentId: DOC.id, type: 'event', summary: `Lithuania: parliamentary vote, ${date}`,
    proposal: { input: { state: 'LTU', treaty: 'apmbc', kind: 'parliamentary_vote', date, quote: 'the Seimas voted on withdrawal' } },
    quote: 'the Seimas voted on withdrawal', createdBy: 'tester', createdAt: '2026-11-23T10:00:00.000Z',
  };
}

function peopleSuggestion(type: 'statement' | 'vote', n: number): NewSuggestion {
  const proposal = type === 'statement'
    ? { speaker: 'Jonas Testauskas', stance: 'opposes', quote: 'We must not leave the Ottawa Convention.', quoteKind: 'direct', iso3: 'LTU', treatyId: 'apmbc', date: '2025-05-08' }
    : { iso3: 'LTU', treatyId: 'apmbc', body: 'the Seimas', date: `2023-0${n}-15`, motion: 'withdrawal', stage: 'final', counts: { yes: 107, no: 3 }, quote: '107 in favour and 3 against' };
  return { key: `atomic|${type}|${n}`, origin: 'document', documentId: DOC.id, type, summary: `${type} ${n}`, proposal, createdBy: 'tester', createdAt: '2026-11-23T10:00:00.000Z' };
}

function storesOf(store: KyselyStore): ReviewStores & { people: PeopleStore } {
  return { record: store, documents: openDocumentStore(store), suggestions: openSuggestionStore(store), people: peopleStoreOf(store) };
}

/** `treatywatch reject` in a process of its own, on the same database: another reviewer, elsewhere. */
function rejectElsewhere(env: Record<string, string>, id: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'reject', id, '--reason', 'raced', '--by', 'other-reviewer'], {
      env: { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: TODAY, ...env }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const counts = (d: PeopleData) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, (v as unknown[]).length]));

describe.each(BACKENDS)('accepting a suggestion is one transaction on %s', (name, backend) => {
  let db: TestDb;
  let other: KyselyStore;

  /** The events of the record that cite the document on `date`. */
  const citing = async (date: string) =>
    (await db.store.listEvents({ iso3: 'LTU', treatyId: 'apmbc', kind: 'parliamentary_vote' })).filter((e) => e.date.value === date && e.sources.some((s) => s.sourceId === DOC.id));
  const add = async (s: NewSuggestion) => {
    const r = await openSuggestionStore(db.store).addMany([s]);
    if (!r.ok || r.value.added.length !== 1) throw new Error(`suggestion not added: ${JSON.stringify(r)}`);
    return r.value.added[0]?.id ?? '';
  };

  beforeAll(async () => {
    db = await backend.create();
    other = await db.open();
    const added = await openDocumentStore(db.store).addMany([DOC]);
    if (!added.ok) throw new Error(added.error.message);
    // The shipped workspace loaded up front (as the first accept would), so counts before and after compare like with like.
    const people = peopleStoreOf(db.store);
    const shipped = loadPeopleData(contextOf(await db.store.readDataset()));
    if (!shipped.ok) throw new Error(shipped.error.message);
    await people.load(shipped.value);
  });
  afterAll(async () => {
    await other?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('accept and reject racing from two connections: accepted with its one event, or rejected with none, every round', async () => {
    // A warm-up accept (uncontested) measures how long an accept takes, so the rejects can land anywhere in it.
    const warm = eventSuggestion();
    const t0 = performance.now();
    const first = await acceptAnySuggestion(storesOf(db.store), await add(warm), {}, recording('rita'), TODAY);
    const span = performance.now() - t0;
    expect(first.ok, JSON.stringify(first)).toBe(true);
    expect(await citing(warm.date)).toHaveLength(1);

    const rounds = name === 'SQLite' ? 12 : 40;
    if (name === 'SQLite' && !existsSync(CLI)) throw new Error('dist/bundle/treatywatch.js is missing: run `npm run build` (npm test does)');
    const outcomes = { accepted: 0, rejected: 0 };
    for (let round = 0; round < rounds; round += 1) {
      const s = eventSuggestion();
      const id = await add(s);
      let accepted: Result<Accepted>;
      let rejectWon: boolean;
      if (name === 'SQLite') {
        // The second process needs some 100-300 ms to start: start the accept at a random moment in that spread.
        const elsewhere = rejectElsewhere(db.env, id);
        await sleep(Math.random() * (150 + 2 * span));
        accepted = await acceptAnySuggestion(storesOf(db.store), id, {}, recording('rita'), TODAY);
        const r = await elsewhere;
        rejectWon = r.code === 0;
        if (!rejectWon) expect(r.stderr, `round ${round}`).toContain('already_reviewed');
      } else {
        const rejecting = (async () => {
          await sleep(Math.random() * span * 1.5);
          return openSuggestionStore(other).reject(id, { by: 'other-reviewer', at: new Date().toISOString(), reason: 'raced' });
        })();
        const [a, r] = await Promise.all([acceptAnySuggestion(storesOf(db.store), id, {}, recording('rita'), TODAY), rejecting]);
        accepted = a;
        rejectWon = r.ok;
        if (!r.ok) expect(r.error.code).toBe('already_reviewed');
      }
      if (!accepted.ok) expect(accepted.error.code, `round ${round}: ${accepted.error.message}`).toBe('already_reviewed');
      expect(accepted.ok !== rejectWon, `round ${round}: exactly one of accept and reject wins`).toBe(true);
      const stored = await openSuggestionStore(db.store).get(id);
      const events = await citing(s.date);
      if (accepted.ok) {
        outcomes.accepted += 1;
        expect(stored?.status).toBe('accepted');
        expect(events.map((e) => e.id)).toStrictEqual([stored?.review?.eventId]);
        expect(accepted.value.event?.id).toBe(stored?.review?.eventId);
      } else {
        outcomes.rejected += 1;
        expect(stored?.status).toBe('rejected');
        expect(events, `round ${round}: a rejected suggestion has no event`).toStrictEqual([]);
      }
    }
    process.stderr.write(`${name}: ${rounds} races, ${outcomes.accepted} accepted, ${outcomes.rejected} rejected\n`);
    expect(outcomes.accepted + outcomes.rejected).toBe(rounds);
  }, 120_000);

  it('an event suggestion rejected by another connection between the checks and the write: 409 already_reviewed, no event', async () => {
    const s = eventSuggestion();
    const id = await add(s);
    const record = interposed(db.store, async () => {
      const r = await openSuggestionStore(other).reject(id, { by: 'other-reviewer', at: new Date().toISOString(), reason: 'not this one' });
      expect(r.ok).toBe(true);
    });
    const r = await acceptAnySuggestion({ ...storesOf(db.store), record }, id, {}, recording('rita'), TODAY);
    expect(r.ok ? 'accepted' : r.error.code).toBe('already_reviewed');
    expect(await citing(s.date)).toStrictEqual([]);
    expect(await db.store.getEvent(`apmbc-LTU-parliamentary_vote-${s.date}`)).toBeUndefined();
    const stored = await openSuggestionStore(db.store).get(id);
    expect([stored?.status, stored?.review?.by, stored?.review?.reason]).toStrictEqual(['rejected', 'other-reviewer', 'not this one']);
  });

  it('an event suggestion deleted by another connection meanwhile: unknown_suggestion, no event', async () => {
    const s = eventSuggestion();
    const id = await add(s);
    const record = interposed(db.store, async () => {
      await other.db.withTables<IngestTables>().deleteFrom('suggestions').where('id', '=', id).execute();
    });
    const r = await acceptAnySuggestion({ ...storesOf(db.store), record }, id, {}, recording('rita'), TODAY);
    expect(r.ok ? 'accepted' : r.error.code).toBe('unknown_suggestion');
    expect(await citing(s.date)).toStrictEqual([]);
  });

  it.each(['statement', 'vote'] as const)('a %s suggestion rejected by another connection before its workspace write commits: nothing written, and uncontested it is accepted', async (type) => {
    const people = peopleStoreOf(db.store);
    const before = await people.read();
    const id = await add(peopleSuggestion(type, 1));
    const workspace = interposedPeople(people, async () => {
      const r = await openSuggestionStore(other).reject(id, { by: 'other-reviewer', at: new Date().toISOString(), reason: 'not this one' });
      expect(r.ok).toBe(true);
    });
    const r = await acceptAnySuggestion({ ...storesOf(db.store), people: workspace }, id, {}, recording('rita'), TODAY);
    expect(r.ok ? 'accepted' : r.error.code).toBe('already_reviewed');
    const after = await people.read();
    // Nothing of the write stays: no statement or vote, and neither the person, parliament, question nor the document's source it would add.
    expect(counts(after)).toStrictEqual(counts(before));
    expect((await openSuggestionStore(db.store).get(id))?.status).toBe('rejected');

    // The control: the same kind of suggestion, uncontested, is written and marked accepted together.
    const fresh = await add(peopleSuggestion(type, 2));
    const ok = await acceptAnySuggestion(storesOf(db.store), fresh, {}, recording('rita'), TODAY);
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    const written = ok.ok ? ok.value.record : undefined;
    const now = await people.read();
    expect(now[type === 'statement' ? 'statements' : 'votes'].map((x) => x.id)).toContain(written?.id);
    expect((await openSuggestionStore(db.store).get(fresh))?.status).toBe('accepted');
  });
});

/** The record store, with `meanwhile` run just before each write (after the accept's checks have passed). */
function interposed(store: TreatyStore, meanwhile: () => Promise<void>): TreatyStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'appendEvents') return Reflect.get(target, prop, receiver) as unknown;
      return async (...args: Parameters<TreatyStore['appendEvents']>) => {
        await meanwhile();
        return target.appendEvents(...args);
      };
    },
  });
}

/** The workspace store, with `meanwhile` run just before each append. */
function interposedPeople(people: PeopleStore, meanwhile: () => Promise<void>): PeopleStore {
  return {
    isLoaded: () => people.isLoaded(),
    load: (data) => people.load(data),
    read: () => people.read(),
    append: async (...args) => {
      await meanwhile();
      return people.append(...args);
    },
  };
}
