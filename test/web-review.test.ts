// The document library and the review queue in a real Chromium, against the whole server (API and
// web app, its security headers included) on loopback, on a SQLite file: the corpus ingested through
// the API, searched on /library with highlighted and escaped snippets, and a suggestion accepted and
// another rejected on /review with an editor token typed into the page — never put in an address.
import { mkdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleStoreOf } from '../src/store/kysely-people-store.js';
import { BACKENDS, type TestDb, bearer, testServer, tokenFor } from './support/api-harness.js';
import { CORPUS, CORPUS_PUBLISHERS } from './support/shipped.js';
import { launchChromium } from './support/browser.js';

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/web/', import.meta.url));
const FIVE = CORPUS_PUBLISHERS;
const sqlite = BACKENDS.find(([name]) => name === 'SQLite')?.[1];

describe('library and review pages in Chromium', { timeout: 120_000 }, () => {
  let db: TestDb;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let editor: string;
  const requested: string[] = [];
  const errors: string[] = [];
  const logged: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    if (!sqlite) throw new Error('no SQLite backend');
    db = await sqlite.create();
    // Every request logged at info, to show that the token never reaches a log line.
    const stream = new Writable({ write: (chunk: Buffer, _enc, done) => { logged.push(chunk.toString('utf8')); done(); } });
    app = await testServer(db.store, { logger: { level: 'info', stream } });
    editor = await tokenFor(db.store, 'editor', 'Ona Editor');
    for (const [file, publisher] of Object.entries(FIVE)) {
      const r = await app.inject({ method: 'POST', url: '/v1/documents', headers: { ...bearer(editor), 'content-type': 'application/json' }, payload: JSON.stringify({ text: readFileSync(CORPUS + file, 'utf8'), name: file, publisher, kind: 'ngo' }) });
      if (r.statusCode !== 201) throw new Error(r.body);
    }
    // A document whose text carries markup: it must show as text.
    await app.inject({ method: 'POST', url: '/v1/documents', headers: { ...bearer(editor), 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'Seimas memo. <b id="injected">bold</b> <img src=x id="injected-img"> about the Seimas.', name: 'memo.txt', publisher: 'Test' }) });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(base + path);
    return page;
  }

  it('finds documents on /library with the matches highlighted, and the document’s markup shown as text', async () => {
    const page = await open('/search?q=Seimas');
    await page.click('text=Search the document library for “Seimas”');
    await page.waitForURL(/\/library\?q=Seimas/);
    const marks = await page.locator('.snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(3);
    expect(marks.every((m) => /^seimas/i.test(m))).toBe(true);
    expect(await page.locator('#injected, #injected-img').count()).toBe(0);
    expect(await page.locator('.snippet', { hasText: '<b id="injected">' }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'library-seimas.png'), fullPage: true });
    // A hit opens the document, its text as text.
    await page.click('text=Lithuania exits anti-personnel mine convention amid Russo-Belarusian threats');
    await expect.poll(() => page.locator('.doc-text').textContent()).toContain('107 votes in favor and three abstentions');
    await page.close();
  });

  it('accepts a suggested event on /review with the editor’s token, and rejects another with a reason', async () => {
    const page = await open('/review');
    const vote = page.locator('li', { hasText: 'Lithuania: parliamentary vote (APMBC), 2025-05-08 — 107 for' }).first();
    await expect.poll(() => vote.count()).toBe(1);
    const id = (await vote.getAttribute('id'))?.replace('suggestion-', '') ?? '';
    // Without a token the browser asks for one; with a wrong one the server refuses and writes nothing.
    await page.fill('#review-token', 'tw_not-a-real-token');
    await vote.locator('button', { hasText: 'Accept' }).click();
    await expect.poll(() => page.locator('.refusal').textContent()).toContain('invalid_token');
    expect(await db.store.getEvent('apmbc-LTU-parliamentary_vote-2025-05-08')).toBeUndefined();
    // The browser reports the 401 page as a failed load: that one is expected.
    expect(errors.splice(0).every((e) => /status of 401/.test(e))).toBe(true);
    await page.fill('#review-token', editor);
    await page.locator(`#suggestion-${id} button`, { hasText: 'Accept' }).click();
    await page.waitForURL(/\/review\?decided=/);
    await expect.poll(() => page.locator('.outcome').textContent()).toContain(`Suggestion ${id} accepted by Ona Editor: recorded apmbc-LTU-parliamentary_vote-2025-05-08`);
    expect(await page.locator(`#suggestion-${id}`).count()).toBe(0);
    const event = await db.store.getEvent('apmbc-LTU-parliamentary_vote-2025-05-08');
    expect(event?.recordedBy).toBe('Ona Editor');
    // The NPA statement's report of the same vote now says it duplicates the recorded event, and links it.
    const dup = page.locator('.duplicate', { hasText: 'apmbc-LTU-parliamentary_vote-2025-05-08' }).first();
    expect(await dup.locator('a').getAttribute('href')).toBe('/states/LTU#event-apmbc-LTU-parliamentary_vote-2025-05-08');
    const wrong = page.locator('li', { hasText: 'ratification (APMBC), 2004' }).first();
    const wrongId = (await wrong.getAttribute('id'))?.replace('suggestion-', '') ?? '';
    await page.fill('#review-token', editor);
    await page.fill(`[name="reason-${wrongId}"]`, 'wrong year: deposited 2003-05-12');
    await page.locator(`#suggestion-${wrongId} button`, { hasText: 'Reject' }).click();
    await page.waitForURL(/decided=/);
    await expect.poll(() => page.locator('.outcome').textContent()).toContain('rejected by Ona Editor: wrong year: deposited 2003-05-12');
    // A statement: the document is undated, so the reviewer gives the date; it goes to the campaign workspace.
    const said = page.locator('li', { hasText: 'Aksel Steen-Nilsen: against Lithuania leaving' }).first();
    const saidId = (await said.getAttribute('id'))?.replace('suggestion-', '') ?? '';
    await page.fill('#review-token', editor);
    await page.locator(`#suggestion-${saidId} button`, { hasText: 'Accept' }).click();
    await expect.poll(() => page.locator('.refusal').textContent()).toContain('date_required');
    await page.fill('#review-token', editor);
    await page.fill(`[name="edits-${saidId}"]`, 'date=2025-05-08');
    await page.locator(`#suggestion-${saidId} button`, { hasText: 'Accept' }).click();
    await page.waitForURL(/decided=/);
    await expect.poll(() => page.locator('.outcome').textContent()).toContain(`statement st-`);
    const people = await peopleStoreOf(db.store).read();
    expect(people.statements.find((x) => x.id.endsWith(`-${saidId}`))).toMatchObject({ stance: 'opposes', date: { value: '2025-05-08' } });
    errors.splice(0).forEach((e) => expect(e).toMatch(/status of 400/));
    await page.screenshot({ path: join(ARTIFACTS, 'review-after.png'), clip: { x: 0, y: 0, width: 1280, height: 1800 }, fullPage: true });
    // The token went in POST bodies only: no address the browser asked for, and no log line, holds it.
    expect(requested.filter((u) => u.includes(editor.slice(3, 20)))).toEqual([]);
    expect(logged.some((l) => l.includes('/review/'))).toBe(true);
    expect(logged.filter((l) => l.includes(editor.slice(3, 20)))).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
