// Issue 17's three writes, refused with their codes on SQLite and PostgreSQL, through the CLI
// (exit 2, nothing written: the exported log is byte for byte the same) and the API (4xx with the code).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDb } from './support/cli.js';
import { cliBackends } from './support/backends.js';
import { BACKENDS, type TestDb, bearer, testServer, tokenFor } from './support/api-harness.js';

const source = { source_url: 'https://example.org/report', source_title: 'A report', publisher: 'Example' };
const flags = ['--source-url', source.source_url, '--source-title', source.source_title, '--publisher', source.publisher];

// The three writes the issue found recorded: a signature after the APMBC's window closed (Art. 15:
// until its entry into force on 1 March 1999), France's second signature (it signed on 3 December 1997),
// and a state named with a trailing SQL comment.
const THREE = [
  ['the United States signs the APMBC on 2025-01-01', { state: 'USA', treaty: 'apmbc', kind: 'signature', date: '2025-01-01' }, 'signature_window_closed', 'date'],
  ['France signs the APMBC again on 2025-01-01', { state: 'FRA', treaty: 'apmbc', kind: 'signature', date: '2025-01-01' }, 'second_signature', 'kind'],
  ["a write for \"Lithuania'; --\"", { state: "Lithuania'; --", treaty: 'apmbc', kind: 'statement_of_intent', date: '2025-01-01' }, 'unknown_state', 'state'],
] as const;

const asFlags = (w: Readonly<Record<string, string>>) => Object.entries(w).flatMap(([k, v]) => [`--${k}`, v]);

const backends = await cliBackends('writes-refused');

describe.each(backends.map((b) => [b.name, b] as const))('the CLI on %s', (_name, backend) => {
  const run = (...args: string[]) => cli(args, backend.env);
  const log = async () => {
    const r = await run('export', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };
  beforeAll(async () => {
    const r = await run('init');
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(() => backend.cleanup());

  it.each(THREE)('add-event refuses %s: exit 2, nothing written', async (_what, write, code) => {
    const before = await log();
    const r = await run('add-event', ...asFlags(write), ...flags);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(code)]);
    expect(await log()).toBe(before);
  });

  it('names the suggestion for the loose name, and the article and dates for the closed window', async () => {
    expect((await run('add-event', ...asFlags(THREE[2][1]), ...flags)).stderr).toContain('Lithuania (LTU)');
    expect((await run('add-event', ...asFlags(THREE[0][1]), ...flags)).stderr).toMatch(/Art\. 15.*1997-12-03 to 1999-02-28|1997-12-03 to 1999-02-28.*Art\. 15/);
  });

  it('import refuses a file holding one of them (all or nothing), and correct refuses a correction into one', async () => {
    const before = await log();
    const p = join(dirname(backend.env.TREATYWATCH_DB ?? tempDb()), `refused-${backend.name}.csv`);
    writeFileSync(p, `state,treaty,kind,date,source_url,source_title,publisher\nMorocco,apmbc,statement_of_intent,2025-02-01,${source.source_url},A report,Example\n"Lithuania'; --",apmbc,statement_of_intent,2025-02-02,${source.source_url},A report,Example\n`);
    const imported = await run('import', p);
    expect([imported.code, imported.stderr]).toEqual([2, expect.stringMatching(/unknown_state.*row 3|row 3.*unknown_state/)]);
    const late = await run('correct', 'apmbc-FRA-signature', '--date', '2025-01-01', ...flags);
    expect([late.code, late.stderr]).toEqual([2, expect.stringContaining('signature_after_deposit')]);
    const loose = await run('correct', 'apmbc-FRA-signature', '--state', "France'; --", ...flags);
    expect([loose.code, loose.stderr]).toEqual([2, expect.stringContaining('unknown_state')]);
    expect(await log()).toBe(before);
  });

  it('still records what the rules allow: an exact name in any case', async () => {
    const r = await run('add-event', '--state', 'united states of america', '--treaty', 'apmbc', '--kind', 'statement_of_intent', '--date', '2025-01-02', ...flags, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { recorded: { iso3: string }[] }).recorded[0]?.iso3).toBe('USA');
  });
});

describe.each(BACKENDS)('the API on %s', (_name, backend) => {
  let db: TestDb;
  let app: FastifyInstance;
  let editor: string;
  const post = (url: string, body: unknown) =>
    app.inject({ method: 'POST', url, headers: { ...bearer(editor), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  const eventCount = async () => (await db.store.readDataset()).events.length;

  beforeAll(async () => {
    db = await backend.create();
    app = await testServer(db.store);
    editor = await tokenFor(db.store, 'editor', 'Jane Editor');
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it.each(THREE)('POST /v1/events refuses %s with 400 and its code', async (_what, write, code, field) => {
    const before = await eventCount();
    const r = await post('/v1/events', { ...write, ...source });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json<{ error: { code: string; field: string | null } }>().error).toMatchObject({ code, field });
    expect(await eventCount()).toBe(before);
  });

  it('corrections over HTTP are checked against the record as it would stand after them', async () => {
    const before = await eventCount();
    const late = await post('/v1/events/apmbc-FRA-signature/corrections', { date: '2025-01-01', ...source });
    expect([late.statusCode, late.json<{ error: { code: string } }>().error.code]).toEqual([400, 'signature_after_deposit']);
    const loose = await post('/v1/events/apmbc-FRA-signature/corrections', { state: "France'; --", ...source });
    expect([loose.statusCode, loose.json<{ error: { code: string } }>().error.code]).toEqual([400, 'unknown_state']);
    const inside = await post('/v1/events/apmbc-FRA-signature/corrections', { date: '1997-12-04', ...source });
    expect(inside.statusCode, inside.body).toBe(201);
    expect(await eventCount()).toBe(before + 1);
  });
});
