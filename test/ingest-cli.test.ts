// The ingest commands end to end, through the compiled CLI, on a temporary SQLite file and on
// PostgreSQL (a schema of its own): documents in, searched, suggested events reviewed into the record.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, cli } from './support/cli.js';
import { CORPUS } from './support/shipped.js';
import { type Harness, backends } from './fixtures/ingest/backends.js';

const FIVE = ['euromaidan-lithuania-exits-2025-05.txt', 'icbl-letter-prime-minister-2025-01-17.txt', 'icbl-media-pack-lithuania-2025-03-26.txt', 'npa-statement-lithuania-vote-2025-05.txt', 'world-today-news-lithuania-considers-2025.txt'];

function json<T>(r: Run): T {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

interface Suggestion { id: string; summary: string; documentId?: string; duplicateOf?: string; status: string; review?: { reason?: string; eventId?: string; by?: string } }

const list = await backends('ingest-cli');
describe.each(list.map((b) => [b.name, b] as const))('%s: ingest, search and review', { timeout: 90_000 }, (_name, backend) => {
  let h: Harness;
  let env: Record<string, string>;
  const corpus = mkdtempSync(join(tmpdir(), 'tw-corpus-'));
  for (const f of FIVE) copyFileSync(CORPUS + f, join(corpus, f));
  const suggestions = async (status = 'pending') => json<{ suggestions: Suggestion[] }>(await cli(['suggestions', '--status', status, '--json'], env)).suggestions;
  const documents = async () => json<{ total: number }>(await cli(['search', 'the', '--json'], env)).total;

  beforeAll(async () => {
    h = backend.create();
    env = h.env;
    const store = await h.open();
    await store.close();
  });
  afterAll(() => h.cleanup());

  it('ingests the corpus: five documents, dated by their datelines where they have one, and the events they report queued', async () => {
    const r = json<{ added: { id: string; file: string; published?: string; dateOrigin?: string }[]; suggestions_queued: number }>(await cli(['ingest', corpus, '--kind', 'ngo', '--json'], env));
    expect(r.added).toHaveLength(5);
    const dated = Object.fromEntries(r.added.map((a): [string, string | null] => [a.file.split('/').pop() ?? '', a.published ?? null]));
    expect(dated).toMatchObject({ 'icbl-letter-prime-minister-2025-01-17.txt': '2025-01-17', 'icbl-media-pack-lithuania-2025-03-26.txt': '2025-03-26', 'npa-statement-lithuania-vote-2025-05.txt': null });
    // 21 events, 32 statements and 2 votes (see ingest-suggestions-quality and ingest-people-suggestions tests).
    expect(r.suggestions_queued).toBe(55);
  });

  it('stores a document twice only once, and queues nothing again', async () => {
    const again = json<{ added: unknown[]; duplicates: { duplicate_of: string }[]; suggestions_queued: number }>(await cli(['ingest', corpus, '--json'], env));
    expect([again.added.length, again.duplicates.length, again.suggestions_queued]).toStrictEqual([0, 5, 0]);
    expect((await cli(['ingest', join(corpus, FIVE[0] ?? '')], env)).stdout).toMatch(/already stored \(same text: nothing changed\)/);
  });

  it('finds documents by their words, best first, with the matches marked', async () => {
    const r = json<{ total: number; hits: { title: string; snippet: string; highlights: [number, number][] }[] }>(await cli(['search', 'Seimas vote', '--json'], env));
    expect(r.total).toBe(1);
    expect(r.hits[0]?.title).toBe('Lithuania exits anti-personnel mine convention amid Russo-Belarusian threats');
    const [first] = r.hits;
    expect(first?.highlights.map(([a, b]) => first.snippet.slice(a, b).toLowerCase())).toEqual(expect.arrayContaining(['seimas', 'votes']));
    const text = await cli(['search', 'Gabelnick OR Nergaard'], env);
    expect(text.stdout).toMatch(/\*Gabelnick\*/);
    expect(text.stdout).toMatch(/1–2 of 2 document/);
    const only = await cli(['search', '--', '-only'], env);
    expect([only.code, only.stderr]).toEqual([2, expect.stringMatching(/empty_query/)]);
  });

  it('accepts a suggestion as the reviewer, citing the document, with edits; refuses one that repeats the record', async () => {
    const vote = (await suggestions()).find((s) => s.summary.startsWith('Lithuania: parliamentary vote (APMBC), 2025-05-08 — 107 for'));
    expect(vote).toBeDefined();
    const noPublisher = await cli(['accept', vote?.id ?? ''], env);
    expect([noPublisher.code, noPublisher.stderr]).toEqual([2, expect.stringMatching(/publisher_required/)]);
    const accepted = json<{ event: { id: string; recordedBy: string; details: Record<string, unknown>; sources: { sourceId: string; quote: string }[] } }>(await cli(['accept', vote?.id ?? '', '--edit', 'publisher=Euromaidan Press', '--by', 'ana', '--json'], env));
    expect(accepted.event).toMatchObject({ id: 'apmbc-LTU-parliamentary_vote-2025-05-08', recordedBy: 'ana', details: { yes: 107, abstain: 3 } });
    expect(accepted.event.sources[0]?.quote).toBe('The decision was passed by the Seimas, Lithuania’s parliament, with 107 votes in favor and three abstentions.');
    const state = await cli(['state', 'Lithuania', '--treaty', 'apmbc'], env);
    expect(state.stdout).toMatch(/2025-05-08 {2}parliamentary vote/);
    expect(state.stdout).toMatch(/Euromaidan Press, "Lithuania exits anti-personnel mine convention/);
    // The NPA statement reports the same vote: now it says so, and cannot be recorded twice.
    const npa = (await suggestions()).find((s) => s.summary.startsWith('Lithuania: parliamentary vote (APMBC), 2025-05-08 — 0 against'));
    expect(npa?.duplicateOf).toBe('apmbc-LTU-parliamentary_vote-2025-05-08');
    const twice = await cli(['accept', npa?.id ?? ''], env);
    expect([twice.code, twice.stderr]).toEqual([2, expect.stringMatching(/duplicate_event.*repeats the recorded event apmbc-LTU-parliamentary_vote-2025-05-08/)]);
  });

  it('edits a suggestion before accepting it, and the record validates the result', async () => {
    const ccm = (await suggestions()).find((s) => s.summary.startsWith('Lithuania: parliamentary vote (CCM), 2024-07'));
    const bad = await cli(['accept', ccm?.id ?? '', '--edit', 'date=2024-07-32', '--edit', 'publisher=World-Today-News'], env);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/invalid_date/)]);
    expect((await cli(['accept', ccm?.id ?? '', '--edit', 'colour=red'], env)).stderr).toMatch(/invalid_edit/);
    const ok = json<{ event: { id: string; date: { value: string } } }>(await cli(['accept', ccm?.id ?? '', '--edit', 'date=2024-07-18', '--edit', 'yes=103', '--edit', 'publisher=World-Today-News', '--json'], env));
    expect(ok.event).toMatchObject({ id: 'ccm-LTU-parliamentary_vote-2024-07-18', date: { value: '2024-07-18' } });
    expect((await suggestions('accepted')).map((s) => s.review?.eventId)).toContain('ccm-LTU-parliamentary_vote-2024-07-18');
  });

  it('accepts a statement into the campaign workspace, dated by the reviewer, citing the document', async () => {
    const said = (await suggestions()).find((s) => s.summary.startsWith('Aksel Steen-Nilsen: against Lithuania leaving'));
    expect(said?.summary).toMatch(/undated/);
    expect((await cli(['accept', said?.id ?? ''], env)).stderr).toMatch(/publisher_required/);
    const undated = await cli(['accept', said?.id ?? '', '--edit', "publisher=Norwegian People's Aid"], env);
    expect([undated.code, undated.stderr]).toEqual([2, expect.stringMatching(/date_required/)]);
    const ok = json<{ statement: { id: string; stance: string; sources: { sourceId: string }[]; note: string } }>(await cli(['accept', said?.id ?? '', '--edit', 'date=2025-05-08', '--edit', "publisher=Norwegian People's Aid", '--by', 'ana', '--json'], env));
    expect(ok.statement).toMatchObject({ stance: 'opposes', sources: [{ sourceId: said?.documentId }] });
    expect(ok.statement.note).toContain('by ana');
    const listed = await cli(['statements', 'Lithuania', '--json'], env);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(ok.statement.id);
  });

  it('keeps a rejection with its reason, and the same suggestion does not come back', async () => {
    const wrong = (await suggestions()).find((s) => s.summary.includes('ratification (APMBC), 2004'));
    expect(wrong?.summary).toMatch(/the record has ratification on 2003-05-12/);
    expect((await cli(['reject', wrong?.id ?? ''], env)).stderr).toMatch(/reason_required/);
    expect((await cli(['reject', wrong?.id ?? '', '--reason', 'wrong year: deposited 2003-05-12'], env)).code).toBe(0);
    const pending = (await suggestions()).length;
    json(await cli(['ingest', corpus, '--json'], env));
    expect((await suggestions()).length).toBe(pending);
    expect(await suggestions('rejected')).toMatchObject([{ id: wrong?.id, review: { reason: 'wrong year: deposited 2003-05-12', by: 'tester' } }]);
    expect((await cli(['accept', wrong?.id ?? ''], env)).stderr).toMatch(/already_reviewed/);
  });

  it('refuses bad files with clear codes and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-bad-'));
    const files: [string, Buffer | string, string][] = [
      ['empty.txt', '', 'empty_file'],
      ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'invalid_encoding'],
      ['scan.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 1)]), 'binary_file'],
      ['big.txt', 'x'.repeat(2 * 1024 * 1024 + 1), 'file_too_large'],
      ['blank.html', '<html><body><script>alert(1)</script></body></html>', 'empty_document'],
    ];
    const before = await documents();
    for (const [name, content, code] of files) {
      writeFileSync(join(dir, name), content);
      const r = await cli(['ingest', join(dir, name)], env);
      expect([name, r.code, r.stderr]).toEqual([name, 2, expect.stringMatching(new RegExp(`\\[${code}\\] \\(file\\)`))]);
    }
    const all = await cli(['ingest', dir], env);
    expect([all.code, all.stderr]).toEqual([2, expect.stringMatching(/invalid_documents.*5 of 5 file\(s\) cannot be stored/s)]);
    expect(await documents()).toBe(before);
    expect((await cli(['ingest', join(dir, 'missing.txt')], env)).stderr).toMatch(/unreadable_file.*no such file/);
  });

  it('stores HTML as text: scripts dropped, never kept as markup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-html-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><head><title>Saeima vote</title><script>document.cookie</script></head><body><p onclick="x()">The <b>Saeima</b> voted on 16 April 2025 to leave the Ottawa Convention.</p><script>alert("boom")</script><img src=x onerror=alert(1)></body></html>');
    const r = json<{ added: { id: string; title: string }[] }>(await cli(['ingest', page, '--publisher', 'Test', '--json'], env));
    expect(r.added[0]?.title).toBe('Saeima vote');
    const hit = json<{ hits: { snippet: string }[] }>(await cli(['search', 'Saeima', '--json'], env)).hits.find((x) => x.snippet.includes('16 April'));
    // Each engine cuts its own passage (PostgreSQL leaves out a leading stop word): the words, never markup.
    expect(hit?.snippet).toContain('Saeima voted on 16 April 2025 to leave the Ottawa Convention');
    expect(hit?.snippet).not.toMatch(/[<>]|alert|script/);
    expect(json<{ total: number }>(await cli(['search', 'alert OR cookie OR onerror', '--json'], env)).total).toBe(0);
  });
});
