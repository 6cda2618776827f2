import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextOf, parsePeopleFiles } from '../src/data/people/load-people.js';
import { holderOn } from '../src/domain/people/office-holders.js';
import { CORPUS, shipped } from './support/shipped.js';
import { casualtyRows, officialsRows, referencePrimeMinister, shippedPeople, shippedPeopleData } from './support/people.js';

describe('the shipped workspace data', () => {
  const people = shippedPeople();
  const data = shippedPeopleData();

  it('loads and passes every rule (sources, quotes in the stored documents, no overlapping holders)', () => {
    expect(data.persons.length).toBeGreaterThan(40);
    expect(data.documents).toHaveLength(5);
  });

  it('stores the five corpus documents with their exact text', () => {
    for (const d of data.documents) {
      const file = d.sourceId.replace(/^corpus-/, '') + '.txt';
      expect(d.text).toBe(readFileSync(CORPUS + file, 'utf8'));
    }
  });

  it('has every SOURCED office holder of officials.csv with the same dates, resolvable on the day they took office', () => {
    const sourced = officialsRows().filter((r) => r.notes.startsWith('SOURCED') && r.start !== '');
    expect(sourced.length).toBeGreaterThan(20);
    for (const r of sourced) {
      const person = data.persons.find((p) => p.name === r.person);
      const m = data.memberships.find((x) => x.personId === person?.id && x.start === r.start);
      expect(m, `${r.person} ${r.post}`).toBeDefined();
      expect(m?.end ?? '').toBe(r.end);
      expect(m?.acting === true).toBe(r.post.includes('(acting)'));
      expect(holderOn(people, m?.postId ?? '', r.start)?.person?.name, `${r.post} on ${r.start}`).toBe(r.person);
    }
  });

  it('marks the rows officials.csv calls UNVERIFIED as unverified', () => {
    for (const r of officialsRows().filter((x) => x.notes.includes('UNVERIFIED'))) {
      const person = data.persons.find((p) => p.name === r.person);
      expect(data.memberships.filter((m) => m.personId === person?.id).every((m) => !m.verified), r.person).toBe(true);
    }
  });

  it('resolves the Prime Minister of Lithuania as officials.csv does, on every day of 2024-12 … 2025-12', () => {
    for (let t = Date.UTC(2024, 11, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(holderOn(people, 'ltu-prime-minister', day)?.person?.name, day).toBe(referencePrimeMinister(day));
    }
  });

  it('has each casualty row of monitor-casualties.csv, with the share bases', () => {
    const rows = casualtyRows();
    expect(data.casualtyFigures).toHaveLength(rows.length);
    for (const r of rows) {
      const f = data.casualtyFigures.find((x) => x.year === Number(r.year) && x.total === Number(r.total_casualties));
      expect(f, `${r.year} ${r.report}`).toBeDefined();
      expect(f?.killed ?? '').toBe(r.killed === '' ? '' : Number(r.killed));
      expect(f?.civilianShare?.percent ?? '').toBe(r.civilian_share_pct === '' ? '' : Number(r.civilian_share_pct));
      expect(f?.childShare?.percent ?? '').toBe(r.child_share_pct === '' ? '' : Number(r.child_share_pct));
      if (f?.civilianShare) expect(f.civilianShare.of.length).toBeGreaterThan(5);
    }
  });

  it('refuses a file with a misspelt key or a vote whose counts exceed the seats, naming file, record and field', () => {
    const ctx = contextOf(shipped());
    const files = (patch: (f: Record<string, unknown>) => void): Record<string, unknown> => {
      const f: Record<string, unknown> = {};
      for (const name of ['sources', 'documents', 'persons', 'organizations', 'posts', 'memberships', 'questions', 'statements', 'votes', 'pipeline', 'engagements', 'spokespeople', 'monitor']) {
        f[`${name}.json`] = JSON.parse(readFileSync(new URL(`../data/people/${name}.json`, import.meta.url), 'utf8'));
      }
      patch(f);
      return f;
    };
    const read = (file: string) => readFileSync(new URL(`../data/people/${file}`, import.meta.url), 'utf8');
    const typo = parsePeopleFiles(files((f) => { (f['persons.json'] as Record<string, unknown>[])[0] = { ...(f['persons.json'] as Record<string, unknown>[])[0], nmae: 'x' }; }), read, ctx);
    expect(typo).toMatchObject({ ok: false, error: { code: 'unknown_key', file: 'persons.json', record: 'saulius-skvernelis', field: 'nmae' } });
    const votes = files((f) => { const v = (f['votes.json'] as { counts: { yes: number } }[])[0]; if (v) v.counts.yes = 200; });
    expect(parsePeopleFiles(votes, read, ctx)).toMatchObject({ ok: false, error: { code: 'counts_exceed_seats', file: 'votes.json', record: 'v-ltu-seimas-2025-05-08-apmbc' } });
  });
});
