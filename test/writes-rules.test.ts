import { describe, expect, it } from 'vitest';
import { shipped, shippedIndex } from './support/shipped.js';
import { validateNewEvent } from '../src/domain/validate-event.js';
import { checkSignatureSequence } from '../src/domain/signature-sequence.js';
import { currentEvents } from '../src/domain/dataset.js';
import type { TreatyEvent } from '../src/domain/event.js';

const TODAY = '2026-11-23';
const signature = (iso3: string, treatyId: string, date: string): TreatyEvent => ({
  id: `w-${iso3}-${treatyId}-signature-${date}`, iso3, treatyId, kind: 'signature', date: { value: date, precision: 'day' },
  sources: [{ sourceId: 'S3' }], verified: true, recordedBy: 'test', recordedAt: '2026-01-01T00:00:00Z',
});

describe('writes refuse impossible signature sequences', () => {
  it('refuses a second APMBC signature for France (signed 3 Dec 1997, ratified 1998)', () => {
    const r = validateNewEvent(shippedIndex(), signature('FRA', 'apmbc', '2025-01-01'), TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('second_signature');
  });

  it('refuses a signature dated after the state\'s own deposit', () => {
    const index = shippedIndex();
    const own = currentEvents(index.dataset.events).filter((e) => e.iso3 === 'FRA' && e.treatyId === 'apmbc' && e.kind !== 'signature');
    const r = checkSignatureSequence([...own, signature('FRA', 'apmbc', '2025-01-01')], signature('FRA', 'apmbc', '2025-01-01'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('signature_after_deposit');
  });

  it('every shipped signature passes the sequence check against its own record', () => {
    const events = currentEvents(shipped().events);
    const signatures = events.filter((e) => e.kind === 'signature');
    expect(signatures.length).toBeGreaterThan(900);
    const refused = signatures.filter((s) => !checkSignatureSequence(events.filter((e) => e.iso3 === s.iso3 && e.treatyId === s.treatyId), s).ok);
    expect(refused.map((s) => s.id)).toEqual([]);
  });
});
