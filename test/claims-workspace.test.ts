// The claim checker judges votes against the store's campaign workspace, not the files shipped in
// data/people: on a real SQLite file and on PostgreSQL, a vote recorded in the workspace (by the CLI's
// import-people, from another process) turns a vote claim from unverifiable into supported or
// contradicted, alike for `treatywatch check --json`, POST /v1/claims/check and the /claims page;
// a store with no workspace yet is judged against the shipped one. The vote's counts come from
// ../shared/reference/lithuania-constitution.md (Estonia's Riigikogu, 2025-06-04), not from our data.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextOf } from '../src/data/people/load-people.js';
import type { VoteEvent } from '../src/domain/people/vote.js';
import { peopleStoreOf } from '../src/store/kysely-people-store.js';
import { BACKENDS, type TestDb, testServer } from './support/api-harness.js';
import { cli } from './support/cli.js';
import { shippedPeopleData } from './support/people.js';
import { REFERENCE, shipped } from './support/shipped.js';

interface Checked { readonly kind: string; readonly verdict: string; readonly verdict_today: string; readonly value: string | null; readonly explanation: string }

/** Estonia's row of the reference table of 2025 withdrawal votes: date, for, against, abstained. */
function referenceEstoniaVote(): { date: string; yes: number; no: number; abstain: number } {
  const text = readFileSync(`${REFERENCE}lithuania-constitution.md`, 'utf8');
  const row = text.split('\n').find((l) => l.startsWith('| Estonia |'));
  if (!row) throw new Error('lithuania-constitution.md has no Estonia row');
  const cells = row.split('|').map((c) => c.trim().replace(/\*/g, ''));
  const [date = '', yes = '', no = '', abstain = ''] = cells.slice(3, 7);
  return { date: date.slice(0, 10), yes: Number(yes), no: Number(no), abstain: Number(abstain) };
}

const ref = referenceEstoniaVote();
const DAY = Number(ref.date.slice(8, 10));
const TEXT = `On ${String(DAY)} June 2025, Estonia's parliament voted ${String(ref.yes)} to ${String(ref.no)}, with ${String(ref.abstain)} abstentions, to leave the Ottawa Convention.`;
const WRONG = `On ${String(DAY)} June 2025, Estonia's parliament voted ${String(ref.yes + 1)} to ${String(ref.no)}, with ${String(ref.abstain)} abstentions, to leave the Ottawa Convention.`;
const RECORD_VALUE = `${String(ref.yes)} for, ${String(ref.no)} against, ${String(ref.abstain)} abstaining on ${ref.date}`;
const TEXT_DATE = '2025-06-05';

// The workspace's scaffolding (the Riigikogu and the news report of the vote), taken from the shipped
// records: the vote itself is what the test records, and it is built from the reference table.
const shippedWs = shippedPeopleData();
const riigikogu = shippedWs.organizations.find((o) => o.id === 'est-riigikogu');
const err = shippedWs.sources.find((s) => s.url?.includes('news.err.ee/1609713534') === true);
const vote: VoteEvent = {
  id: 'v-est-riigikogu-test-2025-06-04', iso3: 'EST', treatyId: 'apmbc', bodyId: 'est-riigikogu', date: ref.date,
  motion: 'Act on withdrawing from the Ottawa Convention (recorded by the test)', stage: 'final',
  counts: { yes: ref.yes, no: ref.no, abstain: ref.abstain }, statedThresholds: [], countClaims: [], individualVotes: [],
  sources: [{ sourceId: err?.id ?? '' }], verified: true,
};

describe.each(BACKENDS)('claims judged against the store workspace on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  const dir = mkdtempSync(join(tmpdir(), 'tw-claims-ws-'));

  const viaApi = async (text: string): Promise<Checked> => {
    const r = await app.inject({ method: 'POST', url: '/v1/claims/check', payload: { text, date: TEXT_DATE } });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    return voteClaim((r.json<{ claims: Checked[] }>()).claims);
  };
  const viaCli = async (text: string): Promise<Checked> => {
    const file = join(dir, `t-${String(Math.random()).slice(2)}.txt`);
    writeFileSync(file, text);
    const r = await cli(['check', file, '--date', TEXT_DATE, '--json'], db.env);
    expect(r.code, r.stderr).toBe(0);
    return voteClaim((JSON.parse(r.stdout) as { claims: Checked[] }).claims);
  };
  const viaPage = async (text: string): Promise<string | undefined> => {
    const r = await app.inject({ method: 'POST', url: '/claims', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ text, date: TEXT_DATE }).toString() });
    expect(r.statusCode).toBe(200);
    return /<mark data-claim="[^"]*" data-verdict="([a-z_]+)"/.exec(r.body)?.[1];
  };

  beforeAll(async () => {
    expect(riigikogu, 'the shipped workspace has the Riigikogu').toBeDefined();
    expect(err, 'the shipped workspace has the ERR report of the vote').toBeDefined();
    db = await backend.create();
    // Re-read the store on every request: the CLI writes from another process.
    app = await testServer(db.store, { recheckMs: 0 });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await db.store.close();
    await db.cleanup();
  });

  it('with no workspace in the store, judges against the shipped one (the reference counts hold)', async () => {
    expect(await peopleStoreOf(db.store).isLoaded()).toBe(false);
    const api = await viaApi(TEXT);
    expect(api.verdict, api.explanation).toBe('supported');
    expect((await viaCli(TEXT)).verdict).toBe('supported');
  }, 60_000);

  it('with a workspace that lacks the vote, the claim is unverifiable in the CLI, the API and the page', async () => {
    const written = await peopleStoreOf(db.store).append({ organizations: [riigikogu as NonNullable<typeof riigikogu>], sources: [err as NonNullable<typeof err>] }, contextOf(shipped()));
    expect(written.ok, JSON.stringify(written)).toBe(true);
    const api = await viaApi(TEXT);
    expect(api.verdict).toBe('unverifiable');
    expect(api.explanation).toMatch(/no vote in Estonia/);
    expect(api.value).toBeNull();
    const c = await viaCli(TEXT);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toBe(api.explanation);
    expect(await viaPage(TEXT)).toBe('unverifiable');
  }, 60_000);

  it('once the CLI records the vote, the same claim is supported and a wrong tally contradicted, everywhere', async () => {
    const file = join(dir, 'vote.json');
    writeFileSync(file, JSON.stringify({ votes: [vote] }));
    const w = await cli(['import-people', file], db.env);
    expect(w.code, w.stderr).toBe(0);

    const api = await viaApi(TEXT);
    expect(api.verdict, api.explanation).toBe('supported');
    expect(api.value).toBe(RECORD_VALUE);
    const c = await viaCli(TEXT);
    expect(c).toEqual(api);
    expect(await viaPage(TEXT)).toBe('supported');

    const wrongApi = await viaApi(WRONG);
    expect(wrongApi.verdict).toBe('contradicted');
    expect(wrongApi.value).toBe(RECORD_VALUE);
    expect(await viaCli(WRONG)).toEqual(wrongApi);
    expect(await viaPage(WRONG)).toBe('contradicted');
  }, 90_000);

  it('a vote recorded through the store API is seen by a running server at once (facts kept per workspace version)', async () => {
    // A second vote of the same body on a later day: a claim dated then is unverifiable until it is recorded.
    const later = { ...vote, id: 'v-est-riigikogu-test-later', date: '2025-06-11', stage: 'preliminary' as const };
    const text = `On 11 June 2025, Estonia's parliament voted ${String(ref.yes)} to ${String(ref.no)}, with ${String(ref.abstain)} abstentions, to leave the Ottawa Convention.`;
    const before = await viaApi(text);
    expect(before.verdict).not.toBe('supported');
    expect((await peopleStoreOf(db.store).append({ votes: [later] }, contextOf(shipped()))).ok).toBe(true);
    const after = await viaApi(text);
    expect(after.verdict, after.explanation).toBe('supported');
    expect(after.value).toBe(`${String(ref.yes)} for, ${String(ref.no)} against, ${String(ref.abstain)} abstaining on 2025-06-11`);
  }, 60_000);
});

function voteClaim(claims: readonly Checked[]): Checked {
  const votes = claims.filter((c) => c.kind === 'vote');
  expect(votes, JSON.stringify(claims.map((c) => c.kind))).toHaveLength(1);
  const [v] = votes;
  if (!v) throw new Error('no vote claim');
  return { kind: v.kind, verdict: v.verdict, verdict_today: v.verdict_today, value: v.value, explanation: v.explanation };
}
