// GET /v1/matrix on SQLite and on PostgreSQL: every state × the treaties on a date, as JSON (held
// against its documented schema) and as CSV (by Accept or format=). Cells are checked against the
// reference, not against our own output: the depositary's stored pages (../shared/reference/untc,
// status as at 2026-02-03) and the APMBC/CCM tables for Lithuania's two withdrawals.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatrixAnswer } from '../src/api/matrix-answer.js';
import { statusMatrix } from '../src/domain/matrix.js';
import { resolveState } from '../src/domain/resolve.js';
import { DEPOSITED_STATUSES, type Status } from '../src/domain/status.js';
import { matrixJson } from '../src/present/matrix-json.js';
import { BACKENDS, type TestDb, testServer } from './support/api-harness.js';
import { REFERENCE, shippedIndex } from './support/shipped.js';
import { PAGE_DATE, TREATY_PAGES, type PageTreaty, page, pageStanding } from './support/treaty-pages.js';

type Cell = { status: Status; since: string | null };
type Matrix = { on: string; treaties: { id: string; inForce: boolean; counts: { parties_deposited: number }; unverified: { path: string; reason: string }[]; waitingFor?: { required: number } }[]; states: { iso3: string; statuses: Record<string, Cell> }[] };

/** The columns of the reference's APMBC and CCM tables used here. */
interface ReferenceRow { readonly iso3: string; readonly entry_into_force: string; readonly withdrawal_deposit: string; readonly withdrawal_effective: string }

const index = shippedIndex();
const PAGES = Object.keys(TREATY_PAGES) as PageTreaty[];
const iso3 = (name: string): string => {
  const r = resolveState(index, name);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.iso3;
};

/** A row of the reference's APMBC or CCM table. */
function referenceRow(file: 'apmbc-states.csv' | 'ccm-states.csv', code: string): ReferenceRow {
  const rows = parse<ReferenceRow>(readFileSync(`${REFERENCE}${file}`, 'utf8'), { columns: true });
  const row = rows.find((r) => r.iso3 === code);
  if (!row) throw new Error(`${file}: no ${code}`);
  return row;
}

for (const [name, backend] of BACKENDS) {
  describe(`GET /v1/matrix on ${name}`, () => {
    let db: TestDb;
    let app: FastifyInstance;
    let m: Matrix;

    beforeAll(async () => {
      db = await backend.create();
      app = await testServer(db.store);
      const r = await app.inject(`/v1/matrix?on=${PAGE_DATE}`);
      expect(r.statusCode, r.body).toBe(200);
      m = r.json<Matrix>();
    });
    afterAll(async () => {
      await app?.close();
      await db?.store.close();
      await db?.cleanup();
    });

    const cell = (state: string, treaty: string): Cell => {
      const c = m.states.find((s) => s.iso3 === state)?.statuses[treaty];
      if (!c) throw new Error(`no cell ${state} × ${treaty}`);
      return c;
    };

    it('answers the documented shape: every state, the eight treaties (protocols only when asked)', async () => {
      expect(MatrixAnswer.safeParse(m).error).toBeUndefined();
      expect(m.on).toBe(PAGE_DATE);
      expect(m.states).toHaveLength(197);
      expect(m.treaties.map((t) => t.id).sort()).toEqual(['apmbc', 'att', 'ccm', 'ccw', 'ctbt', 'cwc', 'enmod', 'tpnw']);
      const withProtocols = (await app.inject(`/v1/matrix?on=${PAGE_DATE}&protocols=true`)).json<Matrix>();
      expect(withProtocols.treaties.map((t) => t.id)).toEqual(expect.arrayContaining(['ccw-p1', 'ccw-p2', 'ccw-p3', 'ccw-p4', 'ccw-ap2', 'ccw-art1', 'ccw-p5']));
      expect(withProtocols.treaties).toHaveLength(15);
      const two = (await app.inject(`/v1/matrix?on=${PAGE_DATE}&treaties=ctbt,Ottawa%20Convention,ctbt`)).json<Matrix>();
      expect(two.treaties.map((t) => t.id)).toEqual(['ctbt', 'apmbc']);
    });

    it('Lithuania on 2026-02-03: out of the APMBC and the CCM since the reference dates, party to CCW/CWC/ATT, CTBT ratified, never in the TPNW', () => {
      const apmbc = referenceRow('apmbc-states.csv', 'LTU');
      const ccm = referenceRow('ccm-states.csv', 'LTU');
      expect(cell('LTU', 'apmbc')).toMatchObject({ status: 'withdrawn', since: apmbc.withdrawal_effective });
      expect(cell('LTU', 'ccm')).toMatchObject({ status: 'withdrawn', since: ccm.withdrawal_effective });
      for (const t of ['ccw', 'cwc', 'att', 'ctbt', 'tpnw'] as const) {
        const pg = page(t);
        const row = pg.participants.find((p) => iso3(p.name) === 'LTU');
        const want = row ? pageStanding(pg, row) : 'not_joined';
        const got = cell('LTU', t).status;
        expect(want === 'parties' ? DEPOSITED_STATUSES.includes(got) : got === want, `${t}: ${got}, the page says ${want}`).toBe(true);
      }
      // The pages themselves, read here: a party to the CCW, CWC and ATT, a ratification of the CTBT, no TPNW row.
      expect(['ccw', 'cwc', 'att', 'ctbt'].map((t) => cell('LTU', t).status)).toEqual(['party', 'party', 'party', 'deposited']);
      expect(cell('LTU', 'tpnw').status).toBe('not_joined');
    });

    it('every cell of the six depositary pages stands where the page puts it, and each column counts what the page states', () => {
      for (const t of PAGES) {
        const pg = page(t);
        const expected = new Map(pg.participants.map((p) => [iso3(p.name), pageStanding(pg, p)]));
        for (const row of m.states) {
          const got = row.statuses[t]?.status;
          const want = expected.get(row.iso3) ?? 'not_joined';
          expect(got !== undefined && (want === 'parties' ? DEPOSITED_STATUSES.includes(got) : got === want), `${t} ${row.iso3}: ${String(got)}, the page says ${want}`).toBe(true);
        }
        expect(m.treaties.find((x) => x.id === t)?.counts.parties_deposited, t).toBe(pg.counts.parties);
      }
    });

    it('the CTBT column says it is not in force and waits for its Annex 2 states; ENMOD keeps its unverified mark with the reason', () => {
      const ctbt = m.treaties.find((t) => t.id === 'ctbt');
      expect(ctbt?.inForce).toBe(false);
      expect(ctbt?.waitingFor?.required).toBe(44);
      const enmod = m.treaties.find((t) => t.id === 'enmod');
      expect(enmod?.unverified.map((u) => u.path)).toEqual(['rules.entryIntoForce.quote']);
      expect(enmod?.unverified[0]?.reason).toMatch(/twenty/);
    });

    it('is the shaping the CLI prints with `matrix --json` (one code path)', () => {
      expect(m).toEqual(JSON.parse(JSON.stringify(matrixJson(index, statusMatrix(index, PAGE_DATE, m.treaties.map((t) => t.id))))));
    });

    it('as CSV by Accept and by format=: the same bytes, the header iso3, name, then <treaty> and <treaty>_since; Vary: Accept', async () => {
      const byAccept = await app.inject({ url: `/v1/matrix?on=${PAGE_DATE}`, headers: { accept: 'text/csv' } });
      expect(byAccept.statusCode).toBe(200);
      expect(byAccept.headers['content-type']).toMatch(/^text\/csv/);
      expect(String(byAccept.headers.vary)).toMatch(/\bAccept\b/);
      const byFormat = await app.inject(`/v1/matrix?on=${PAGE_DATE}&format=csv`);
      expect(byFormat.body).toBe(byAccept.body);
      const table: string[][] = parse(byAccept.body);
      const [header, ...rows] = table;
      expect(header).toEqual(['iso3', 'name', ...m.treaties.flatMap((t) => [t.id, `${t.id}_since`])]);
      expect(rows).toHaveLength(197);
      const ltu = Object.fromEntries((header ?? []).map((h, i) => [h, rows.find((r) => r[0] === 'LTU')?.[i]]));
      expect(ltu).toMatchObject({ name: 'Lithuania', apmbc: 'withdrawn', apmbc_since: referenceRow('apmbc-states.csv', 'LTU').withdrawal_effective, tpnw: 'not_joined', tpnw_since: '' });
      // JSON stays the default, also for a client that takes anything.
      const any = await app.inject({ url: `/v1/matrix?on=${PAGE_DATE}`, headers: { accept: '*/*' } });
      expect(any.headers['content-type']).toMatch(/^application\/json/);
      expect(any.headers.etag).not.toBe(byAccept.headers.etag);
      const again = await app.inject({ url: `/v1/matrix?on=${PAGE_DATE}`, headers: { accept: 'text/csv', 'if-none-match': String(byAccept.headers.etag) } });
      expect(again.statusCode).toBe(304);
    });

    it('refuses bad input with the field named', async () => {
      const bad = async (query: string) => (await app.inject(`/v1/matrix?${query}`)).json<{ error: { code: string; field: string | null } }>().error;
      expect(await bad('on=2025-02-30')).toMatchObject({ code: 'invalid_date', field: 'on' });
      expect(await bad('treaties=apmbc,nothing')).toMatchObject({ field: 'treaties' });
      expect(await bad('format=xml')).toMatchObject({ code: 'invalid_parameter', field: 'format' });
      expect(await bad('color=red')).toMatchObject({ code: 'unknown_parameter' });
    });

    it('is in the OpenAPI document, as JSON and as CSV', async () => {
      const doc = (await app.inject('/openapi.json')).json<{ paths: Record<string, { get?: { responses: Record<string, { content: Record<string, unknown> }> } }> }>();
      expect(Object.keys(doc.paths['/v1/matrix']?.get?.responses['200']?.content ?? {})).toEqual(['application/json', 'text/csv']);
    });
  });
}
