// `treatywatch sync` through the compiled CLI against a loopback depositary (SQLite): its text and
// JSON, and the exit codes scripts rely on — 0 done or nothing new, 2 bad input, 3 the depositary
// could not be read, 4 a page refused. The CLI runs as a child process, asynchronously, so that the
// stand-in server in this process can answer it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, tempDb } from './support/cli.js';
import { type DepositaryServer, page, serverError, startDepositary } from './support/depositary-server.js';
import { REFERENCE } from './support/shipped.js';

const MAIN = fileURLToPath(new URL('../dist/bundle/treatywatch.js', import.meta.url));
const PUBLISHED = readFileSync(`${REFERENCE}untc/XXVI-5-apmbc-status-2026-02-03.html`, 'utf8');
const fixture = (name: string) => readFileSync(new URL(`./fixtures/ingest/untc/${name}`, import.meta.url), 'utf8');
// Test input, not a fact: the published page (or an altered copy) on a later status date.
const later = (html: string) => html.replace('STATUS AS AT : 03-02-2026', 'STATUS AS AT : 01-12-2026');

function run(args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: '2026-12-08', TREATYWATCH_USER: 'tester', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('treatywatch sync (CLI, SQLite)', { timeout: 90_000 }, () => {
  let server: DepositaryServer;
  let env: Record<string, string>;
  const sync = (...args: string[]) => run(['sync', ...args], env);
  beforeAll(async () => {
    server = await startDepositary();
    env = { TREATYWATCH_DB: tempDb(), TREATYWATCH_UNTC_BASE: server.base };
  });
  afterAll(() => server.close());

  it('the page as published: exit 0, nothing new; asked again, 304 and exit 0', async () => {
    server.set('XXVI-5', page(PUBLISHED, { etag: '"v1"' }));
    const first = await sync('apmbc', '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ dry_run: false, base: server.base, treaties: [{ treaty: 'apmbc', outcome: 'not_newer', status_as_at: '2026-02-03', horizon: { before: '2026-02-03', after: '2026-02-03' }, differences: [] }] });
    const again = await sync('apmbc');
    expect([again.code, again.stdout]).toStrictEqual([0, expect.stringContaining('apmbc: not modified since the last sync (HTTP 304)')]);
  });

  it('bad input exits 2: an unknown treaty, a bad timeout, a bad base address', async () => {
    for (const args of [['no-such-treaty'], ['apmbc', '--timeout', 'soon'], ['apmbc', '--base-url', 'ftp://example.org']]) {
      const r = await sync(...args);
      expect([args, r.code]).toStrictEqual([args, 2]);
    }
  });

  it('a server error exits 3 with the named error, and the other treaties are still synced', async () => {
    server.set('XXVI-5', serverError);
    server.set('XXVI-6', page(readFileSync(`${REFERENCE}untc/XXVI-6-ccm-status-2026-02-03.html`, 'utf8')));
    const r = await sync('apmbc', 'ccm', '--retries', '0');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/error \[http_status\] \(url\): 1 of 2 treaties not synced .*apmbc: .*answered 500/);
    expect(r.stdout).toMatch(/apmbc: NOT SYNCED \[http_status\]/);
    expect(r.stdout).toMatch(/ccm: status as at 2026-02-03/);
  });

  it('a page whose layout changed exits 4 and names the change', async () => {
    server.set('XXVI-5', page(later(fixture('apmbc-layout-heading.html'))));
    const r = await sync('apmbc', '--json');
    expect(r.code).toBe(4);
    expect(JSON.parse(r.stdout)).toMatchObject({ treaties: [{ outcome: 'failed', stage: 'page', error: { code: 'untc_layout_changed' } }] });
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'untc_layout_changed' } });
  });

  it('a newer page: --dry-run says the horizon would move; the sync moves it and queues the difference', async () => {
    server.set('XXVI-5', page(later(fixture('apmbc-new-participant.html'))));
    const dry = await sync('apmbc', '--dry-run');
    expect([dry.code, dry.stdout]).toStrictEqual([0, expect.stringMatching(/Dry run: nothing is written[\s\S]*the horizon would move to 2026-12-01/)]);
    const done = await sync('apmbc');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/newer than the record \(complete to\s+2026-02-03\): the horizon moves to 2026-12-01/);
    expect(done.stdout).toMatch(/1 new suggestion\(s\) from the depositary/);
    const queued = await run(['suggestions', '--origin', 'depositary', '--json'], env);
    const summaries = (JSON.parse(queued.stdout) as { suggestions: { summary: string }[] }).suggestions.map((s) => s.summary);
    expect(summaries.filter((s) => s.startsWith('Morocco'))).toStrictEqual(['Morocco: Accession of the APMBC, 2026-01-20 (a new participant)']);
  });

  it('--help gives an example and the exit codes', async () => {
    const r = await sync('--help');
    expect(r.stdout).toMatch(/Exit codes: 0 done \(also when nothing is new\), 1 internal error, 2 bad input, 3 the depositary could not be read/);
    expect(r.stdout).toMatch(/Example:\n {2}treatywatch sync apmbc ccm --dry-run/);
  });
});

describe('treatywatch serve --sync-every', { timeout: 90_000 }, () => {
  it('refuses a schedule that is not a duration of a minute or more (exit 2)', async () => {
    for (const every of ['24', '10s', 'daily']) {
      const r = await run(['serve', '--port', '0', '--sync-every', every], { TREATYWATCH_DB: tempDb() });
      expect([every, r.code, r.stderr]).toStrictEqual([every, 2, expect.stringContaining('--sync-every must be a duration such as 30m, 24h or 7d') as unknown]);
    }
  });

  it('syncs once at the start, logs what it did, and stops cleanly on SIGTERM', async () => {
    const depositary = await startDepositary();
    depositary.set('XXVI-5', page(later(PUBLISHED)));
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--log-level', 'silent', '--sync-every', '24h'], {
      env: { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: '2026-12-08', TREATYWATCH_DB: tempDb(), TREATYWATCH_UNTC_BASE: depositary.base },
    });
    let stderr = '';
    const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    const line = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no sync line in time:\n${stderr}`)), 80_000);
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /treatywatch: (sync: .*)\n/.exec(stderr);
        if (m) {
          clearTimeout(t);
          resolve(m[1] ?? '');
        }
      });
    });
    expect(line).toMatch(/^sync: \d+ treaties; horizon moved: apmbc → 2026-12-01; .*not synced: .*\[http_status\]/);
    expect(stderr).toMatch(/syncing with the depositary every 24h \(first now\)/);
    expect(depositary.requests('XXVI-5')).toHaveLength(1);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await depositary.close();
  });
});
