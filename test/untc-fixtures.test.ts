// The altered status pages under fixtures/ingest/untc/ are the published pages with exactly the one
// change make-altered.ts describes (UPDATE_UNTC_FIXTURES=1 rewrites them from the published pages).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alteredPages } from './fixtures/ingest/untc/make-altered.js';
import { REFERENCE } from './support/shipped.js';

const apmbc = readFileSync(`${REFERENCE}untc/XXVI-5-apmbc-status-2026-02-03.html`, 'utf8');
const ccm = readFileSync(`${REFERENCE}untc/XXVI-6-ccm-status-2026-02-03.html`, 'utf8');

describe('altered copies of the status pages', () => {
  for (const [name, page] of Object.entries(alteredPages(apmbc, ccm))) {
    it(`${name} is the published page with its one change`, () => {
      const url = new URL(`./fixtures/ingest/untc/${name}`, import.meta.url);
      if (process.env.UPDATE_UNTC_FIXTURES === '1') writeFileSync(url, page);
      expect(readFileSync(url, 'utf8') === page).toBe(true);
    });
  }
});
