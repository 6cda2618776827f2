// Exports: the status table on a date (CSV and JSON), the event log (byte for byte what the CLI
// exports), and memberships as Popolo JSON with dates and sources — checked against the reference tables.
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { BACKENDS, type TestDb, testServer } from './support/api-harness.js';
import { referenceRows } from './support/shipped.js';

describe.each(BACKENDS)('exports on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await backend.create();
    app = await testServer(db.store);
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('status.csv: one row per state and treaty on the date, as the reference table has it, offered as a download', async () => {
    const r = await app.inject('/v1/exports/status.csv?treaty=apmbc&on=2025-09-01');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="treatywatch-status.csv"');
    const rows = parse<Record<string, string>>(r.body, { columns: true });
    expect(rows).toHaveLength(197);
    for (const ref of referenceRows('apmbc-states.csv').filter((x) => x.iso3 === 'LTU' || x.iso3 === 'POL' || x.iso3 === 'MHL')) {
      const expected = ref.withdrawal_deposit !== '' ? 'withdrawal_pending' : ref.entry_into_force <= '2025-09-01' ? 'party' : 'deposited';
      expect(rows.find((x) => x.iso3 === ref.iso3), ref.iso3).toMatchObject({ treaty: 'apmbc', status: expected });
    }
    const both = parse<Record<string, string>>((await app.inject('/v1/exports/status.csv?on=2025-09-01')).body, { columns: true });
    expect(new Set(both.map((x) => x.treaty))).toEqual(new Set((await app.inject('/v1/treaties')).json<{ treaties: { id: string }[] }>().treaties.map((t) => t.id)));
  });

  it('status.json: the same rows with the counts of each treaty', async () => {
    const j = (await app.inject('/v1/exports/status.json?treaty=Ottawa%20Convention&on=2025-03-26')).json<{ on: string; counts: Record<string, { parties_deposited: number }>; rows: { iso3: string; status: string }[] }>();
    const status = (await app.inject('/v1/treaties/apmbc/status?on=2025-03-26')).json<{ counts: unknown; states: { iso3: string; status: string }[] }>();
    expect(j.counts.apmbc).toEqual(status.counts);
    expect(j.rows.map((x) => [x.iso3, x.status])).toEqual(status.states.map((x) => [x.iso3, x.status]));
    expect((await app.inject('/v1/exports/status.json?treaty=nothing')).statusCode).toBe(400);
  });

  it('events.csv and events.json are what `treatywatch export` writes', async () => {
    const csv = await app.inject('/v1/exports/events.csv');
    expect(csv.body).toBe((await cli(['export', '--format', 'csv'], db.env)).stdout);
    const json = await app.inject('/v1/exports/events.json');
    expect(json.json()).toEqual(JSON.parse((await cli(['export', '--format', 'json'], db.env)).stdout));
  });

  it('popolo.json: Lithuania a State Party of the APMBC from entry into force to the day before its withdrawal took effect, and an EU member, each with sources', async () => {
    type P = { organizations: { id: string; classification: string }[]; memberships: { id: string; role: string; member: { id: string }; organization_id: string; start_date: string; end_date?: string; sources: { url?: string; note: string }[] }[] };
    const p = (await app.inject('/v1/exports/popolo.json')).json<P>();
    const ref = referenceRows('apmbc-states.csv').find((r) => r.iso3 === 'LTU');
    const party = p.memberships.find((m) => m.member.id === 'state/LTU' && m.organization_id === 'treaty/apmbc' && m.role === 'State Party');
    expect(party).toMatchObject({ start_date: ref?.entry_into_force, end_date: '2025-12-26' });
    expect(party?.sources.length).toBeGreaterThan(0);
    expect(p.memberships.find((m) => m.member.id === 'state/LTU' && m.organization_id === 'treaty/apmbc' && m.role === 'signatory')).toMatchObject({ start_date: ref?.signature, end_date: '2003-05-11' });
    expect(p.memberships.find((m) => m.member.id === 'state/LTU' && m.organization_id === 'group/eu')).toMatchObject({ start_date: '2004-05-01' });
    expect(new Set(p.memberships.map((m) => m.id)).size).toBe(p.memberships.length);
    const orgs = new Set(p.organizations.map((o) => o.id));
    for (const m of p.memberships) expect(orgs.has(m.organization_id) && orgs.has(m.member.id), m.id).toBe(true);
  });
});
