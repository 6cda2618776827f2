// The depositary page against the shipped record: the pages as published agree with it; each
// altered copy (test/fixtures/ingest/untc/README.md) shows exactly its one change; layout changes are refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUntcPage } from '../src/ingest/untc/parse-untc-page.js';
import type { UntcDiff } from '../src/ingest/untc/untc-diff-types.js';
import { diffUntcPage } from '../src/ingest/untc/untc-diff.js';
import { untcSuggestions } from '../src/ingest/untc/untc-suggestions.js';
import { REFERENCE, shippedIndex } from './support/shipped.js';

const ALTERED = new URL('./fixtures/ingest/untc/', import.meta.url);
const read = (name: string) => (name.startsWith('XXVI') ? readFileSync(`${REFERENCE}untc/${name}`, 'utf8') : readFileSync(new URL(name, ALTERED), 'utf8'));

function diff(name: string): UntcDiff {
  const page = parseUntcPage(read(name));
  if (!page.ok) throw new Error(JSON.stringify(page.error));
  const d = diffUntcPage(shippedIndex(), page.value);
  if (!d.ok) throw new Error(JSON.stringify(d.error));
  return d.value;
}

describe('the pages as published (status as at 2026-02-03)', () => {
  it('APMBC: no difference for any of the 166 participants; Signatories 132 and Parties 162 agree with ours', () => {
    const d = diff('XXVI-5-apmbc-status-2026-02-03.html');
    expect([d.treatyId, d.participants, d.differences]).toStrictEqual(['apmbc', 166, []]);
    expect([d.counts.signatories?.page, d.counts.signatories?.ours, d.counts.parties.page, d.counts.parties.ours]).toStrictEqual([132, 132, 162, 162]);
  });

  it('CCM: no difference in dates or kinds for the 125 participants; 107 and 112 agree; only the provisional applications the record lacks', () => {
    const d = diff('XXVI-6-ccm-status-2026-02-03.html');
    expect(d.participants).toBe(125);
    expect([d.counts.signatories?.page, d.counts.signatories?.ours, d.counts.parties.page, d.counts.parties.ours]).toStrictEqual([107, 107, 112, 112]);
    // The page's "Provisional application(n)" column: Belize, Lithuania, Norway, Switzerland.
    expect(d.differences.map((x) => (x.kind === 'missing_entry' ? `${x.iso3} ${x.entry.action} ${x.entry.date}` : x.kind))).toStrictEqual([
      'BLZ provisional_application 2014-09-02', 'LTU provisional_application 2011-03-24', 'NOR provisional_application 2008-12-03', 'CHE provisional_application 2012-07-17',
    ]);
  });
});

describe('altered copies', () => {
  it('a new participant becomes a suggested accession citing the page', () => {
    const d = diff('apmbc-new-participant.html');
    expect(d.differences).toMatchObject([{ kind: 'new_participant', iso3: 'MAR', entries: [{ action: 'accession', date: '2026-01-20', marker: 'a' }] }]);
    const page = parseUntcPage(read('apmbc-new-participant.html'));
    if (!page.ok) throw new Error('unreadable');
    const [s] = untcSuggestions(shippedIndex(), page.value, d, { by: 't', at: '2026-11-23T00:00:00Z' });
    expect(s).toMatchObject({ origin: 'depositary', type: 'event', key: 'untc|apmbc|MAR|accession|2026-01-20', proposal: { input: { state: 'MAR', treaty: 'apmbc', kind: 'accession', date: '2026-01-20' }, page: { id: 'untc-xxvi-5', kind: 'depositary' } } });
    expect((s?.proposal.page as { url: string }).url).toBe('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en');
  });

  it('a changed date becomes a correction of the recorded event', () => {
    const d = diff('apmbc-changed-date.html');
    expect(d.differences).toMatchObject([{ kind: 'changed_date', iso3: 'ALB', eventId: 'apmbc-ALB-ratification', recorded: { value: '2000-02-29' }, entry: { date: '2000-02-28', action: 'ratification' } }]);
  });

  it('a new withdrawal note becomes a withdrawal with its notification number and stated effect', () => {
    const d = diff('apmbc-new-withdrawal.html');
    expect(d.differences).toMatchObject([{ kind: 'missing_note_action', iso3: 'NOR', note: '13', action: { kind: 'withdrawal', date: '2026-01-05', effect: '2026-07-05' }, notification: { symbol: 'C.N.9.2026.TREATIES-XXVI-5', date: '2026-01-07' } }]);
  });

  it('a withdrawal dated differently in its end note becomes a correction', () => {
    const d = diff('ccm-changed-withdrawal-date.html');
    expect(d.differences.filter((x) => x.kind !== 'missing_entry')).toMatchObject([{ kind: 'note_action_date', iso3: 'LTU', action: { date: '2024-09-05' }, recorded: { value: '2024-09-06' } }]);
  });

  it.each([
    ['apmbc-layout-heading.html', 'untc_layout_changed', /"Consent to be bound"/],
    ['ccm-layout-date-format.html', 'untc_layout_changed', /Afghanistan: "2011-09-08"/],
    ['apmbc-layout-no-status.html', 'not_untc_page', /STATUS AS AT/],
    ['apmbc-layout-no-table.html', 'untc_layout_changed', /no participant table/],
  ])('%s is refused with %s, saying what changed', (file, code, message) => {
    const r = parseUntcPage(read(file));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code, field: 'page' });
      expect(r.error.message).toMatch(message);
      expect(r.error.message).toMatch(/Nothing was imported/);
    }
  });

  it('refuses a page of a treaty the record does not have, and any other HTML', () => {
    const page = parseUntcPage(read('XXVI-5-apmbc-status-2026-02-03.html'));
    if (!page.ok) throw new Error('unreadable');
    const r = diffUntcPage(shippedIndex(), { ...page.value, reference: 'XXVI-77' });
    expect(r.ok ? '' : r.error.code).toBe('unknown_treaty');
    for (const html of ['', '<html><body><p>Hello</p></body></html>', '<table><tr><td>Participant</td></tr></table>']) {
      expect(parseUntcPage(html)).toMatchObject({ ok: false, error: { code: 'not_untc_page' } });
    }
  });
});
