// Real HTTP over loopback: the server built in process and listening on 127.0.0.1, a graceful stop
// that finishes the request in flight, `treatywatch serve` as a child process stopped by SIGTERM, and
// the reference page in Chromium (no CDN, no content-security-policy violation).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { BACKENDS, type TestDb, TODAY, testServer } from './support/api-harness.js';
import { launchChromium } from './support/browser.js';

const BUNDLE = fileURLToPath(new URL('../dist/bundle/treatywatch.js', import.meta.url));
const [, sqlite] = BACKENDS[0] ?? [];

describe('the server on loopback', () => {
  let db: TestDb;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no backend');
    db = await sqlite.create();
  });
  afterAll(async () => {
    await db?.store.close();
    await db?.cleanup();
  });

  it('answers over real HTTP, then stops gracefully: the request in flight finishes, new ones are refused, the store is closed', async () => {
    const store = await db.open();
    const app = await testServer(store, { closeStore: true });
    app.addHook('onRequest', async (request) => {
      if (request.url.includes('slow=1')) await new Promise((r) => setTimeout(r, 400));
    });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const quick = await fetch(`${base}/v1/treaties/apmbc/status?on=2025-03-26`);
    expect([quick.status, quick.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    expect(((await quick.json()) as { counts: { parties_deposited: number } }).counts.parties_deposited).toBeGreaterThan(100);
    const inFlight = fetch(`${base}/v1/treaties/ccm/status?slow=1`).then(async (r) => [r.status, ((await r.text()).length > 0)] as const, (e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    const closing = app.close();
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${base}/v1/treaties`)).rejects.toThrow();
    await closing;
    expect(await inFlight).toEqual([400, true]);
    await expect(store.readDataset()).rejects.toThrow();
  });

  it('renders the reference page in Chromium from the server itself: operations listed, nothing fetched elsewhere, no CSP violation', async () => {
    const store = await db.open();
    const app = await testServer(store, { closeStore: true });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const elsewhere: string[] = [];
      const violations: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) elsewhere.push(r.url()); });
      page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
      await page.goto(`${base}/docs`);
      await page.waitForSelector('.opblock', { timeout: 15_000 });
      expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(20);
      expect(await page.locator('.info .title').innerText()).toMatch(/treatywatch API/);
      await page.screenshot({ path: join(mkdtempSync(join(tmpdir(), 'tw-docs-')), 'docs.png') });
      expect(elsewhere).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await app.close();
    }
  });
});

describe.each(BACKENDS)('`treatywatch serve` on %s', (_name, backend) => {
  let db: TestDb;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    db = await backend.create();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await db?.store.close();
    await db?.cleanup();
  });

  it('serves on a free port, records a write made with a CLI token, and stops on SIGTERM with exit code 0', async () => {
    expect(existsSync(BUNDLE), 'run `npm run build` first').toBe(true);
    const made = await cli(['token', 'create', '--role', 'editor', '--name', 'Loopback', '--json'], db.env);
    const { secret } = JSON.parse(made.stdout) as { secret: string };
    const server = spawn(process.execPath, [BUNDLE, 'serve', '--port', '0', '--log-level', 'warn'], { env: { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: TODAY, ...db.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child = server;
    let stderr = '';
    server.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "serving on" line: ${stderr}`)), 20_000);
      server.stderr?.on('data', () => {
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    const status = await fetch(`${base}/v1/treaties/apmbc/status?on=2025-03-26`);
    expect(status.status).toBe(200);
    const posted = await fetch(`${base}/v1/events`, {
      method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'Lebanon', treaty: 'apmbc', kind: 'statement_of_intent', date: '2025-05-05', source_url: 'https://example.org/l', source_title: 'L', publisher: 'P' }),
    });
    expect(posted.status, await posted.clone().text()).toBe(201);
    const feed = await fetch(`${base}/feeds/states/LBN.atom`);
    expect(await feed.text()).toMatch(/Recorded: Lebanon: statement of intent/);
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM: finishing requests in flight[\s\S]*stopped/);
    child = undefined;
  });

  it('refuses a bad port and a port in use with exit code 2 and a named error', async () => {
    const bad = await cli(['serve', '--port', 'eighty'], db.env);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/invalid_port/) as unknown]);
    const blocker = (await import('node:net')).createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = String((blocker.address() as { port: number }).port);
    try {
      const taken = await cli(['serve', '--port', port], db.env);
      expect([taken.code, taken.stderr]).toEqual([2, expect.stringMatching(/address_in_use/) as unknown]);
    } finally {
      blocker.close();
    }
  });
});
