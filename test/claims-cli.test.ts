import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimCheckResultSchema } from '../src/claims/index.js';
import { cli, preparedDb } from './support/cli.js';
import { CORPUS } from './support/shipped.js';

const env = { TREATYWATCH_DB: preparedDb() };
const run = (...args: string[]) => cli(args, env);
const MEDIA_PACK = `${CORPUS}icbl-media-pack-lithuania-2025-03-26.txt`;
const MAIN = fileURLToPath(new URL('../dist/bundle/treatywatch.js', import.meta.url));

describe('treatywatch check', () => {
  it('--json gives every claim with offsets into the input, both verdicts and the evidence', async () => {
    const r = await run('check', MEDIA_PACK, '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = claimCheckResultSchema.parse(JSON.parse(r.stdout));
    const text = readFileSync(MEDIA_PACK, 'utf8');
    expect([out.text_date, out.text_date_source, out.today]).toEqual(['2025-03-26', 'dateline', '2026-11-23']);
    for (const c of out.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    const count = out.claims.find((c) => c.text.startsWith('165 countries'));
    expect([count?.verdict, count?.verdict_today, count?.convention]).toEqual(['depends_on_definition', 'contradicted', 'parties_deposited']);
    expect(count?.evidence.some((e) => e.description.includes('Marshall Islands') && e.sources.length > 0)).toBe(true);
  });

  it('--date sets the text’s date: "32 states … have never joined" was true on 2025-05-08, not today', async () => {
    const out = JSON.parse((await run('check', `${CORPUS}euromaidan-lithuania-exits-2025-05.txt`, '--date', '2025-05-08', '--json')).stdout) as { claims: { kind: string; verdict: string; verdict_today: string }[] };
    expect(out.claims.find((c) => c.kind === 'never_joined_count')).toMatchObject({ verdict: 'supported', verdict_today: 'contradicted' });
  });

  it('prints an annotated report for people, with the sources', async () => {
    const r = await run('check', MEDIA_PACK);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('claims checked as of 2025-03-26');
    expect(r.stdout).toMatch(/DEPENDS ON DEFINITION {2}→ {2}today CONTRADICTED/);
    expect(r.stdout).toContain('«165 countries are onboard»');
    expect(r.stdout).toMatch(/\nSources\n\[1\] /);
    // eslint-disable-next-line no-control-regex -- no colour codes when not a terminal
    expect(r.stdout).not.toMatch(/\u001b\[/);
    // Lines fit 100 columns, but for a long address on a line of its own.
    expect(r.stdout.split('\n').filter((l) => !/^\s+https?:\/\/\S+$/.test(l)).every((l) => l.length <= 100)).toBe(true);
  });

  it('--claimreview gives schema.org ClaimReview JSON-LD with ratings from 1 to 5', async () => {
    const doc = JSON.parse((await run('check', MEDIA_PACK, '--claimreview')).stdout) as { '@context': string; '@graph': { '@type': string; claimReviewed: string; reviewRating: { ratingValue: number; bestRating: number; worstRating: number } }[] };
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'].length).toBeGreaterThan(5);
    const count = doc['@graph'].find((g) => g.claimReviewed.startsWith('165 countries'));
    expect(count?.reviewRating).toMatchObject({ ratingValue: 3, bestRating: 5, worstRating: 1 });
    const group = doc['@graph'].find((g) => g.claimReviewed.startsWith('every EU and NATO'));
    expect(group?.reviewRating.ratingValue, 'true when written, false today').toBe(4);
  });

  it('--html gives a whole HTML document with the claims marked', async () => {
    const r = await run('check', MEDIA_PACK, '--html');
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('<mark class="v-depends_on_definition"');
    expect(r.stdout).toContain('id="claim-1"');
  });

  it('reads standard input with -', () => {
    const r = spawnSync(process.execPath, [MAIN, 'check', '-', '--date', '2025-05-08', '--json'], { input: 'Lithuania joined the convention in 2004.', encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: '2026-11-23', ...env } });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { claims: { verdict: string }[] };
    // "the convention" with no treaty named before: the only topic word is "convention", so no treaty, no claim.
    expect(out.claims).toEqual([]);
    const r2 = spawnSync(process.execPath, [MAIN, 'check', '-', '--json'], { input: 'Lithuania joined the Ottawa Convention in 2004.', encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TREATYWATCH_TODAY: '2026-11-23', ...env } });
    expect((JSON.parse(r2.stdout) as { claims: { verdict: string }[] }).claims.map((c) => c.verdict)).toEqual(['contradicted']);
  });

  it('refuses bad input with a stable code, the field, and exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-check-'));
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const cases: [string[], string, string][] = [
      [['check', join(dir, 'missing.txt')], 'file_not_found', 'file'],
      [['check', join(dir, 'empty.txt')], 'empty_text', 'file'],
      [['check', dir], 'not_a_file', 'file'],
      [['check', MEDIA_PACK, '--date', '2025-02-30'], 'invalid_date', 'date'],
      [['check', MEDIA_PACK, '--date', 'yesterday'], 'invalid_date', 'date'],
      [['check', MEDIA_PACK, '--json', '--html'], 'conflicting_flags', 'html'],
    ];
    for (const [args, code, field] of cases) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(new RegExp(`\\[${code}\\] \\(${field}\\)|"code":"${code}","field":"${field}"`));
      expect(r.stdout).toBe('');
    }
  });

  it('has an example in its help', async () => {
    expect((await run('check', '--help')).stdout).toContain('Example:\n  treatywatch check article.txt');
  });
});
