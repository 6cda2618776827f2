// The CCW's later instruments in the readers beyond the engine: the claim checker (by alias and by the local
// name "Protocol V" a text about the CCW uses), the treaty page, the JSON shape and the store, checked against
// the depositary pages (../shared/reference/untc/XXVI-2-a..d, status as at 2026-02-03).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText, loadClaimFacts } from '../src/claims/index.js';
import { resolveState } from '../src/domain/resolve.js';
import { parseUntcPage } from '../src/ingest/untc/parse-untc-page.js';
import { treatyJson } from '../src/present/treaty-json.js';
import { liveLinks } from '../src/web/links.js';
import { treatyPage } from '../src/web/pages/treaty-page.js';
import { renderSite } from '../src/web/render-site.js';
import { emptyPeople } from '../src/web/people-source.js';
import { REFERENCE, shippedIndex } from './support/shipped.js';

const index = shippedIndex();
const facts = loadClaimFacts(index);
const ON = '2026-02-03';

function page(file: string) {
  const r = parseUntcPage(readFileSync(`${REFERENCE}untc/${file}-status-2026-02-03.html`, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
/** The page's participants, each with its consent date (the first entry). */
function participants(file: string): { name: string; date: string }[] {
  return page(file).participants.map((row) => ({ name: row.name.replace(/\((the|The)\)/, '').trim(), date: row.entries[0]?.date ?? '' }));
}
function check(text: string) {
  return checkText(index, text, { today: ON, asOf: ON, facts }).claims;
}
function nameOf(name: string): string {
  const r = resolveState(index, name);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.name;
}

const INSTRUMENTS = [
  { id: 'ccw-p4', file: 'XXVI-2-a-ccw-protocol-iv', alias: 'the Protocol on Blinding Laser Weapons', local: 'Protocol IV' },
  { id: 'ccw-ap2', file: 'XXVI-2-b-ccw-amended-protocol-ii', alias: 'Amended Protocol II', local: 'Amended Protocol II' },
  { id: 'ccw-p5', file: 'XXVI-2-d-ccw-protocol-v', alias: 'the Protocol on Explosive Remnants of War', local: 'Protocol V' },
] as const;

describe.each(INSTRUMENTS)('claims about $id', ({ id, file, alias, local }) => {
  const rows = participants(file);
  const first = rows[0];
  const last = rows[rows.length - 1];
  it('"X is party to <its name>" is supported for a participant the page lists', () => {
    const claims = check(`${nameOf(first?.name ?? '')} is a party to ${alias}.`);
    expect(claims.map((c) => [c.claim.kind, 'treatyId' in c.claim ? c.claim.treatyId : null, c.verdict])).toEqual([['state_status', id, 'supported']]);
  });
  it(`"${local}" alone, after the text names the CCW, is that instrument, with the page's consent date`, () => {
    const state = nameOf(last?.name ?? '');
    const claims = check(`${state} is a party to the Convention on Certain Conventional Weapons. ${state} joined ${local} on ${last?.date ?? ''}.`);
    const about = claims.filter((c) => 'treatyId' in c.claim && c.claim.treatyId === id);
    expect(about.length, JSON.stringify(claims.map((c) => c.claimed))).toBeGreaterThan(0);
    expect(about.every((c) => c.verdict !== 'contradicted')).toBe(true);
  });
});

describe('an instrument the text names is never replaced by another', () => {
  it('after "Amended Protocol II", "Protocol V" is Protocol V — not the protocol named before', () => {
    const p5 = participants('XXVI-2-d-ccw-protocol-v');
    const finland = p5.find((r) => r.name === 'Finland');
    expect(finland?.date).toBe('2005-03-23');
    const claims = check(`The United States is a party to Amended Protocol II. Finland joined Protocol V on ${finland?.date ?? ''}.`);
    const joined = claims.find((c) => c.text.startsWith('Finland'));
    expect(joined && 'treatyId' in joined.claim ? joined.claim.treatyId : null).toBe('ccw-p5');
    expect(joined?.verdict).not.toBe('contradicted');
  });
  it('an instrument the record does not hold (the Geneva Conventions\' Additional Protocol II) yields no claim about a treaty of ours', () => {
    const claims = check('Under the Geneva Conventions, Finland joined Additional Protocol II on 7 August 1980.');
    expect(claims.filter((c) => 'treatyId' in c.claim)).toEqual([]);
  });
});

describe('instruments never open for signature', () => {
  const ids = ['ccw-p4', 'ccw-ap2', 'ccw-art1', 'ccw-p5'];
  it('carry no opening for signature in the record, JSON or page; the page says they are joined by consent', () => {
    for (const id of ids) {
      const t = index.treaties.get(id);
      if (!t) throw new Error(id);
      expect(t.openedForSignature).toBeUndefined();
      expect(treatyJson(index, t)).not.toHaveProperty('openedForSignature');
      const html = treatyPage(index, t, ON, ON, liveLinks());
      expect(html).toContain('never open for signature');
      expect(html).not.toContain('opened for signature');
    }
  });
  it('the Convention itself keeps its opening for signature (10 April 1981, its page)', () => {
    const ccw = index.treaties.get('ccw');
    expect(ccw?.openedForSignature?.date).toBe('1981-04-10');
    expect(treatyPage(index, ccw!, ON, ON, liveLinks())).toContain('opened for signature');
  });
  it('a claim that one opened for signature is unverifiable, never supported or contradicted', () => {
    const claims = check('Amended Protocol II opened for signature on 3 May 1996.');
    expect(claims.map((c) => c.verdict)).toEqual(['unverifiable']);
  });
});

describe('the static export', () => {
  it('has a page and downloads for each later instrument, each naming it', () => {
    const files = renderSite(index, emptyPeople(), ON, ON);
    for (const id of ['ccw-p4', 'ccw-ap2', 'ccw-art1', 'ccw-p5']) {
      const pages = files.filter((f) => f.path.startsWith(`treaties/${id}`));
      const html = pages.find((f) => f.path.endsWith('.html'));
      expect(html?.body, id).toContain(index.treaties.get(id)?.shortName);
      expect(html?.body, id).toContain('never open for signature');
      // Its downloads (the status table as CSV and JSON) sit beside the page.
      expect(pages.length, id).toBeGreaterThan(1);
    }
  });
});
