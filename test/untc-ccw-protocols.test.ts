// The depositary page reader on the CCW's later instruments (status as at 2026-02-03): their Status
// line gives Parties only (never open for signature), their columns carry "Consent to be bound(P)",
// and their number is the Convention's with a letter ("2. b"). Counts are the pages' own (and
// ../shared/reference/ccw-protocols-leads.md): 111, 107, 90, 99.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUntcPage } from '../src/ingest/untc/parse-untc-page.js';
import { REFERENCE } from './support/shipped.js';

describe.each([
  ['XXVI-2-a-ccw-protocol-iv-status-2026-02-03.html', 'XXVI-2-a', 111, 'consent_to_be_bound'],
  ['XXVI-2-b-ccw-amended-protocol-ii-status-2026-02-03.html', 'XXVI-2-b', 107, 'consent_to_be_bound'],
  ['XXVI-2-c-ccw-article-1-amendment-status-2026-02-03.html', 'XXVI-2-c', 90, 'accession'],
  ['XXVI-2-d-ccw-protocol-v-status-2026-02-03.html', 'XXVI-2-d', 99, 'consent_to_be_bound'],
] as const)('%s', (file, reference, parties, afghanistan) => {
  const r = parseUntcPage(readFileSync(`${REFERENCE}untc/${file}`, 'utf8'));
  it('reads its number, its own count of Parties (no signatories given) and one consent per participant', () => {
    if (!r.ok) throw new Error(r.error.message);
    const consenting = r.value.participants.filter((p) => p.entries.some((e) => !e.bracketed && e.action !== 'signature'));
    expect([r.value.statusAsAt, r.value.reference, r.value.counts, consenting.length]).toStrictEqual(['2026-02-03', reference, { parties }, parties]);
  });
  it('reads a "P" entry as consent to be bound, as the column\'s legend says (Afghanistan, 9 Aug 2017)', () => {
    if (!r.ok) throw new Error(r.error.message);
    const afg = r.value.participants.find((p) => p.name === 'Afghanistan')?.entries[0];
    expect([afg?.action, afg?.date]).toStrictEqual([afghanistan, '2017-08-09']);
  });
});
