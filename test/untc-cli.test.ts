// `import-untc` end to end through the compiled CLI, on SQLite and PostgreSQL: the pages as
// published agree with the record; altered copies become suggestions that, once accepted, change
// the record (citing the page) and stop being differences; layout changes are refused with nothing queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Run, cli } from './support/cli.js';
import { REFERENCE } from './support/shipped.js';
import { type Harness, backends } from './fixtures/ingest/backends.js';

const PAGE = (f: string) => (f.startsWith('XXVI') ? `${REFERENCE}untc/${f}` : new URL(`./fixtures/ingest/untc/${f}`, import.meta.url).pathname);
function json<T>(r: Run): T {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}
interface Imported { treaty: string; counts: { signatories: { page: number; ours: number }; parties: { page: number; ours: number } }; differences: { kind: string; fixable: boolean }[]; suggestions: { added: string[]; known: { id: string; status: string }[] } }

const list = await backends('untc-cli');
describe.each(list.map((b) => [b.name, b] as const))('%s: import-untc', { timeout: 90_000 }, (_name, backend) => {
  let h: Harness;
  let env: Record<string, string>;
  const pending = async () => json<{ suggestions: { id: string; summary: string }[] }>(await cli(['suggestions', '--origin', 'depositary', '--json'], env)).suggestions;
  beforeAll(async () => {
    h = backend.create();
    env = h.env;
    await (await h.open()).close();
  });
  afterAll(() => h.cleanup());

  it('the APMBC page as published: no difference; the page\'s counts 132 and 162 agree with ours', async () => {
    const r = json<Imported>(await cli(['import-untc', PAGE('XXVI-5-apmbc-status-2026-02-03.html'), '--json'], env));
    expect([r.treaty, r.differences, r.suggestions.added]).toStrictEqual(['apmbc', [], []]);
    expect([r.counts.signatories.page, r.counts.signatories.ours, r.counts.parties.page, r.counts.parties.ours]).toStrictEqual([132, 132, 162, 162]);
    const text = (await cli(['import-untc', PAGE('XXVI-5-apmbc-status-2026-02-03.html')], env)).stdout;
    expect(text).toMatch(/Signatories\s+132\s+132\s+agree/);
    expect(text).toMatch(/No differences/);
  });

  it('a changed date becomes a correction; accepted, it supersedes the event, cites the page, and the difference is gone', async () => {
    const r = json<Imported>(await cli(['import-untc', PAGE('apmbc-changed-date.html'), '--json'], env));
    expect(r.differences.map((d) => d.kind)).toStrictEqual(['changed_date']);
    const [id] = r.suggestions.added;
    const accepted = json<{ event: { supersedes: string; date: { value: string }; sources: { sourceId: string }[]; recordedBy: string } }>(await cli(['accept', id ?? '', '--by', 'depositary-reviewer', '--json'], env));
    expect(accepted.event).toMatchObject({ supersedes: 'apmbc-ALB-ratification', date: { value: '2000-02-28' }, sources: [{ sourceId: 'untc-xxvi-5' }], recordedBy: 'depositary-reviewer' });
    expect(json<Imported>(await cli(['import-untc', PAGE('apmbc-changed-date.html'), '--json'], env)).differences).toStrictEqual([]);
  });

  it('a new withdrawal note becomes a withdrawal with its notification number; a new participant, an accession', async () => {
    const w = json<Imported>(await cli(['import-untc', PAGE('apmbc-new-withdrawal.html'), '--json'], env));
    const withdrawal = w.suggestions.added.at(-1) ?? '';
    const event = json<{ event: { id: string; details: Record<string, string>; statedEffect: { date: string } } }>(await cli(['accept', withdrawal, '--json'], env)).event;
    expect(event).toMatchObject({ id: 'apmbc-NOR-withdrawal-2026-01-05', details: { notification: 'C.N.9.2026.TREATIES-XXVI-5', notificationDate: '2026-01-07' }, statedEffect: { date: '2026-07-05' } });
    const status = json<{ states: { iso3: string; status: string }[] }>(await cli(['status', 'apmbc', '--on', '2026-03-01', '--json'], env));
    expect(status.states.find((s) => s.iso3 === 'NOR')?.status).toBe('withdrawal_pending');
    const p = json<Imported>(await cli(['import-untc', PAGE('apmbc-new-participant.html'), '--json'], env));
    expect(p.differences.filter((d) => d.kind === 'new_participant')).toHaveLength(1);
    const rejected = await cli(['reject', p.suggestions.added.at(-1) ?? '', '--reason', 'test page: Morocco has not acceded'], env);
    expect(rejected.code).toBe(0);
    const again = json<Imported>(await cli(['import-untc', PAGE('apmbc-new-participant.html'), '--json'], env));
    expect(again.suggestions.added).toStrictEqual([]);
    expect(again.suggestions.known.some((k) => k.status === 'rejected')).toBe(true);
  });

  it('a page whose layout changed is refused with the reason, and nothing is queued', async () => {
    const before = (await pending()).length;
    for (const [file, code] of [['apmbc-layout-heading.html', 'untc_layout_changed'], ['ccm-layout-date-format.html', 'untc_layout_changed'], ['apmbc-layout-no-status.html', 'not_untc_page'], ['apmbc-layout-no-table.html', 'untc_layout_changed']]) {
      const r = await cli(['import-untc', PAGE(file ?? '')], env);
      expect([file, r.code, r.stderr]).toEqual([file, 2, expect.stringMatching(new RegExp(`\\[${code ?? ''}\\] \\(page\\): cannot read this page: .*Nothing was imported`))]);
    }
    expect((await cli(['import-untc', '/nonexistent.html'], env)).stderr).toMatch(/unreadable_file/);
    expect((await pending()).length).toBe(before);
  });
});
