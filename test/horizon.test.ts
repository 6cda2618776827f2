// Each treaty's record states the date it is complete to: the "STATUS AS AT" date of its depositary status
// page. The expected dates are read from the stored depositary pages themselves (shared/reference/untc),
// not from our data; a later date carries the warning, the horizon day itself does not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StatusAnswer } from '../src/api/answers.js';
import { treatyHorizon } from '../src/domain/horizon.js';
import { horizonJson, horizonWarning } from '../src/present/horizon-json.js';
import { statusTable } from '../src/domain/status-table.js';
import { statusJson } from '../src/present/status-json.js';
import { REFERENCE, shippedIndex } from './support/shipped.js';

const index = shippedIndex();
const UNTC = join(REFERENCE, 'untc');

/** The chapter number and "STATUS AS AT" date of every stored depositary page. */
function storedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(UNTC)) {
    const html = readFileSync(join(UNTC, file), 'utf8');
    const number = /mtdsg_no=(XXVI-[0-9a-z-]+?)(?:&|")/u.exec(html)?.[1] ?? /^(XXVI-\d+(?:-[a-d])?)-/u.exec(file)?.[1];
    const at = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/u.exec(html);
    if (number && at) pages.set(number, `${at[3]}-${at[2]}-${at[1]}`);
  }
  return pages;
}

describe('the horizon of each treaty', () => {
  const pages = storedPages();
  const treaties = [...index.treaties.values()].filter((t) => t.untcNumber !== undefined && pages.has(t.untcNumber));

  it('is the STATUS AS AT date of the stored depositary page, for every treaty that has one', () => {
    expect(treaties.map((t) => t.id)).toEqual(expect.arrayContaining(['apmbc', 'ccm', 'ccw', 'cwc', 'ctbt', 'att', 'tpnw', 'enmod']));
    for (const t of treaties) expect(treatyHorizon(index, t.id)?.completeTo, t.id).toBe(pages.get(t.untcNumber ?? ''));
  });

  it('names the page the date comes from', () => {
    expect(treatyHorizon(index, 'apmbc')?.sourceId).toBe('untc-xxvi-5');
    expect(treatyHorizon(index, 'ccm')?.sourceId).toBe('untc-xxvi-6');
  });

  it('warns for a later date only', () => {
    const h = treatyHorizon(index, 'apmbc');
    expect(horizonWarning(h, '2026-02-03')).toBeUndefined();
    expect(horizonWarning(h, '2026-02-04')).toBe("The depositary's record is complete to 2026-02-03; later actions may be missing.");
    expect(horizonJson(h, '2026-12-07')).toMatchObject({ record_complete_to: '2026-02-03', after_horizon: true });
    expect(horizonJson(h, '2020-01-01')).toEqual({ record_complete_to: '2026-02-03', source: 'untc-xxvi-5', after_horizon: false });
  });

  it('is in the status answer (CLI --json and API), held against the documented schema', () => {
    const later = statusJson(index, statusTable(index, 'ccm', '2026-12-07'));
    expect(StatusAnswer.parse(later).horizon).toMatchObject({ record_complete_to: '2026-02-03', after_horizon: true });
    expect(later.horizon?.warning).toContain('later actions may be missing');
    expect(statusJson(index, statusTable(index, 'ccm', '2025-01-01')).horizon?.warning).toBeUndefined();
  });
});

describe('the treaty page', () => {
  it('states the horizon for a later date only', async () => {
    const { treatyPage } = await import('../src/web/pages/treaty-page.js');
    const { liveLinks } = await import('../src/web/links.js');
    const apmbc = index.treaties.get('apmbc');
    if (!apmbc) throw new Error('apmbc missing');
    expect(treatyPage(index, apmbc, '2026-12-07', '2026-12-07', liveLinks())).toContain("The depositary&#39;s record is complete to 2026-02-03; later actions may be missing.");
    expect(treatyPage(index, apmbc, '2026-01-01', '2026-12-07', liveLinks())).toMatch(/data-horizon="2026-02-03" hidden>/);
  });
});
