import { readFileSync } from 'node:fs';
import type { Status } from '../../src/domain/status.js';
import { parseUntcPage } from '../../src/ingest/untc/parse-untc-page.js';
import type { UntcPage, UntcParticipant } from '../../src/ingest/untc/untc-page.js';
import { REFERENCE } from './shipped.js';

/** The six further chapter XXVI treaties and their stored depositary pages (status as at 2026-02-03). */
export const TREATY_PAGES = {
  enmod: 'XXVI-1-enmod',
  ccw: 'XXVI-2-ccw',
  cwc: 'XXVI-3-cwc',
  ctbt: 'XXVI-4-ctbt',
  att: 'XXVI-8-att',
  tpnw: 'XXVI-9-tpnw',
} as const;
/** One of the six. */
export type PageTreaty = keyof typeof TREATY_PAGES;
/** The date the stored pages are as at. */
export const PAGE_DATE = '2026-02-03';

const cache = new Map<string, UntcPage>();
/** A treaty's stored page, parsed with the depositary import's own reader. */
export function page(treaty: PageTreaty): UntcPage {
  const hit = cache.get(treaty);
  if (hit) return hit;
  const r = parseUntcPage(readFileSync(`${REFERENCE}untc/${TREATY_PAGES[treaty]}-status-2026-02-03.html`, 'utf8'));
  if (!r.ok) throw new Error(`${treaty}: ${r.error.message}`);
  cache.set(treaty, r.value);
  return r.value;
}

const DEPOSITS = ['ratification', 'acceptance', 'approval', 'accession', 'succession'];

/** Whether the page counts a row among the parties (an instrument, not bracketed). */
export function hasInstrument(p: UntcParticipant): boolean {
  return p.entries.some((e) => DEPOSITS.includes(e.action) && !e.bracketed);
}

/**
 * What the page says a participant's standing is on its date, in the engine's words: counted among
 * the parties, a signatory, or neither — a signatory whose end note reports that it does not intend
 * to become a party is no longer one.
 */
export function pageStanding(pg: UntcPage, p: UntcParticipant): 'parties' | Status {
  if (hasInstrument(p)) return 'parties';
  const renounced = pg.endNotes.some((n) => p.notes.includes(n.number) && n.actions.some((a) => a.kind === 'intent_not_to_become_party'));
  return p.entries.some((e) => e.action === 'signature') && !renounced ? 'signatory' : 'not_joined';
}
