// `treatywatch import-notification` through the compiled CLI (SQLite): a constructed C.N. notice
// (fixtures/ingest/notifications/README.md) stored and its event queued; refusals exit 2 and store nothing.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDb } from './support/cli.js';

const NOTICE = (name: string) => fileURLToPath(new URL(`./fixtures/ingest/notifications/${name}`, import.meta.url));

describe('treatywatch import-notification', { timeout: 60_000 }, () => {
  const env = { TREATYWATCH_DB: tempDb() };

  it('reads the notice, stores it and queues its event (a duplicate of the recorded withdrawal)', async () => {
    const r = await cli(['import-notification', NOTICE('cn-362-2025-lithuania-withdrawal.txt'), '--url', 'https://treaties.un.org/doc/Publication/CN/2025/CN.362.2025-Eng.pdf'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^C\.N\.362\.2025\.TREATIES-XXVI\.5: LITHUANIA: WITHDRAWAL\n {2}withdrawal 2025-06-27, effect 2025-12-27; notice dated 2025-07-03\n {2}stored as doc-[0-9a-f]{12}\n {2}queued as suggestion \d+;\s+the record has it already as\s+apmbc-LTU-withdrawal/);
    const json = await cli(['import-notification', NOTICE('cn-test-morocco-accession.txt'), '--json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ notification: { iso3: 'MAR', action: 'accession', date: '2026-01-20' }, document: { duplicate: false }, suggestion: { status: 'pending', new: true, duplicate_of: null } });
  });

  it('a communication, a missing file: exit 2 with the reason', async () => {
    const c = await cli(['import-notification', NOTICE('cn-test-ukraine-communication.txt')], env);
    expect([c.code, c.stderr]).toStrictEqual([2, expect.stringContaining('error [unknown_action] (text)') as unknown]);
    expect((await cli(['import-notification', '/nonexistent.txt'], env)).stderr).toMatch(/\[unreadable_file\]/);
  });
});
