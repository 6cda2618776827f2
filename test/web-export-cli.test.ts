import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cli, tempDb } from './support/cli.js';

// `treatywatch export-site` through the compiled CLI: what it writes, and what it refuses (exit 2, a stable code, nothing written).
const env = { TREATYWATCH_DB: tempDb() };
const root = mkdtempSync(join(tmpdir(), 'tw-export-'));

describe('treatywatch export-site', () => {
  it('writes every page as <path>/index.html with relative links, as of --on', () => {
    const dir = join(root, 'site');
    const r = cli(['export-site', dir, '--on', '2025-12-31', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { pages: number; on: string };
    expect(summary.on).toBe('2025-12-31');
    for (const page of ['index.html', 'treaties/apmbc/index.html', 'treaties/ccm/index.html', 'states/LTU/index.html', 'states/TUV/index.html', 'pipeline/index.html', 'sources/index.html', 'search/index.html']) {
      expect(existsSync(join(dir, page)), page).toBe(true);
    }
    expect(readdirSync(join(dir, 'states'))).toHaveLength(197);
    const $ = load(readFileSync(join(dir, 'treaties/apmbc/index.html'), 'utf8'));
    // Lithuania's withdrawal took effect on 2025-12-27 (reference apmbc-states.csv).
    expect($('path[data-iso3="LTU"]').attr('data-status')).toBe('withdrawn');
    expect($('a[href="../../states/LTU/"]').length).toBeGreaterThan(0);
    expect($('link[rel="stylesheet"]').attr('href')).toMatch(/^\.\.\/\.\.\/assets\/site\.[0-9a-f]+\.css$/);
    for (const src of $('script[src]').map((_, el) => $(el).attr('src')).get()) expect(existsSync(join(dir, 'treaties/apmbc', src)), src).toBe(true);
  });

  it('replaces a previous export whole', () => {
    const dir = join(root, 'again');
    expect(cli(['export-site', dir, '--on', '2025-01-01'], env).code).toBe(0);
    const r = cli(['export-site', dir], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Wrote \d+ pages/);
    expect(JSON.parse(readFileSync(join(dir, 'treatywatch-site.json'), 'utf8'))).toMatchObject({ on: '2026-11-23' });
    expect(readdirSync(root).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
  });

  it('refuses a folder holding other files, and an impossible date, leaving everything as it was', () => {
    const dir = join(root, 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const busy = cli(['export-site', dir], env);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toMatch(/site_dir_not_empty.*\(dir\)/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    const bad = cli(['export-site', join(root, 'never'), '--on', '2025-02-30'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid_date.*\(on\)/);
    expect(existsSync(join(root, 'never'))).toBe(false);
  });
});
