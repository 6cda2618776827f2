// A whole export writes ~1,000 pages: on a loaded machine that takes more than the default 30 s (no speed is asserted here).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cli, preparedDb } from './support/cli.js';

// `treatywatch export-site` through the compiled CLI: what it writes, and what it refuses (exit 2, a stable code, nothing written).
const env = { TREATYWATCH_DB: preparedDb() };
const root = mkdtempSync(join(tmpdir(), 'tw-export-'));

// Each case writes the whole site (hundreds of pages) and reads it back: more than the default 30 s on a busy machine.
describe('treatywatch export-site', { timeout: 120_000 }, () => {
  it('writes every page as <path>/index.html with relative links, as of --on', async () => {
    const dir = join(root, 'site');
    const r = await cli(['export-site', dir, '--on', '2025-12-31', '--json'], env);
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
  }, 120_000);

  // The public people pages (as of the export's date, no server to ask another); the campaign tools stay live-only.
  it('writes the people, positions and casualty pages, linking only to pages it writes', async () => {
    const dir = join(root, 'people-site');
    const r = await cli(['export-site', dir, '--on', '2025-12-31'], env);
    expect(r.code, r.stderr).toBe(0);
    const persons = JSON.parse(readFileSync('data/people/persons.json', 'utf8')) as { id: string; name: string }[];
    const statements = JSON.parse(readFileSync('data/people/statements.json', 'utf8')) as { id: string; speakerId: string; date: { value: string; precision: string; onOrBefore?: boolean } }[];
    const votes = JSON.parse(readFileSync('data/people/votes.json', 'utf8')) as { id: string; iso3: string }[];
    // A statement made on a known day before the export's date, and its speaker.
    const said = statements.find((s) => s.date.precision === 'day' && s.date.onOrBefore !== true && s.date.value <= '2025-12-31');
    const speaker = persons.find((p) => p.id === said?.speakerId);
    if (!said || !speaker) throw new Error('the shipped workspace has no dated statement with a speaker');

    const fresh = ['monitor/index.html', 'people/index.html', 'states/LTU/positions/index.html', ...persons.map((p) => `people/${p.id}/index.html`)];
    for (const page of fresh) expect(existsSync(join(dir, page)), page).toBe(true);
    // Only states with something to show get a positions page (TUV has no office, question or vote in the workspace).
    expect(existsSync(join(dir, 'states/TUV/positions'))).toBe(false);

    const person = load(readFileSync(join(dir, `people/${speaker.id}/index.html`), 'utf8'));
    expect(person('h1').text()).toContain(speaker.name);
    expect(person(`#statement-${said.id}`).length).toBe(1);
    expect(person('.as-of').text()).toBe('As of 31 December 2025, the date this copy of the site was exported for.');
    expect(person('form.date-control, input[name="on"]').length).toBe(0);
    expect(person('main > p.note').first().find('a').attr('href')).toBe('../../people/');

    const positions = load(readFileSync(join(dir, 'states/LTU/positions/index.html'), 'utf8'));
    expect(positions('h1').text()).toBe('Lithuania: positions and votes');
    expect(positions(`#statement-${said.id} a[href="../../../people/${speaker.id}/"]`).length).toBe(1);
    for (const v of votes.filter((x) => x.iso3 === 'LTU')) expect(positions(`#vote-${v.id}`).length, v.id).toBe(1);
    expect(positions('input[name="on"]').length).toBe(0);
    const state = load(readFileSync(join(dir, 'states/LTU/index.html'), 'utf8'));
    expect(state('.campaign-links a').map((_, el) => state(el).attr('href')).get()).toEqual(['../../states/LTU/positions/']);
    expect(load(readFileSync(join(dir, 'states/TUV/index.html'), 'utf8'))('.campaign-links').length).toBe(0);

    // The Casualties entry is in the static navigation, on old pages and new.
    for (const page of ['index.html', 'states/LTU/index.html', 'monitor/index.html', `people/${speaker.id}/index.html`]) {
      const $ = load(readFileSync(join(dir, page), 'utf8'));
      const entry = $('nav.main a').filter((_, el) => $(el).text() === 'Casualties');
      expect(entry.length, page).toBe(1);
      expect(target(page, entry.attr('href') ?? ''), page).toBe('monitor/index.html');
    }
    const monitor = load(readFileSync(join(dir, 'monitor/index.html'), 'utf8'));
    expect(monitor('nav.main a[aria-current="page"]').text()).toBe('Casualties');
    expect(monitor('table tbody tr').length).toBeGreaterThan(0);

    // No page of the export links to a live-only page.
    const pages = htmlFiles(dir);
    expect(pages.length).toBe((JSON.parse(readFileSync(join(dir, 'treatywatch-site.json'), 'utf8')) as { pages: number }).pages);
    const liveOnly = pages.flatMap((page) => addresses(readFileSync(join(dir, page), 'utf8')).filter((a) => /^(campaign|media-pack|claims|library|review)(\/|$)/.test(target(page, a) ?? '')).map((a) => `${page}: ${a}`));
    expect(liveOnly).toEqual([]);

    // Every relative link of the new pages reaches a file of the export, and an anchor there.
    const broken: string[] = [];
    for (const page of fresh) {
      for (const a of addresses(readFileSync(join(dir, page), 'utf8'))) {
        const file = target(page, a);
        if (file === undefined) continue;
        if (!existsSync(join(dir, file))) broken.push(`${page}: ${a}`);
        const anchor = a.split('#')[1];
        if (anchor && existsSync(join(dir, file)) && !readFileSync(join(dir, file), 'utf8').includes(`id="${anchor}"`)) broken.push(`${page}: ${a} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  }, 120_000);

  it('replaces a previous export whole', async () => {
    const dir = join(root, 'again');
    expect((await cli(['export-site', dir, '--on', '2025-01-01'], env)).code).toBe(0);
    const r = await cli(['export-site', dir], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Wrote \d+ pages/);
    expect(JSON.parse(readFileSync(join(dir, 'treatywatch-site.json'), 'utf8'))).toMatchObject({ on: '2026-11-23' });
    expect(readdirSync(root).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
  });

  it('refuses a folder holding other files, and an impossible date, leaving everything as it was', async () => {
    const dir = join(root, 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const busy = await cli(['export-site', dir], env);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toMatch(/site_dir_not_empty.*\(dir\)/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    const bad = await cli(['export-site', join(root, 'never'), '--on', '2025-02-30'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid_date.*\(on\)/);
    expect(existsSync(join(root, 'never'))).toBe(false);
  });
});

/** Every HTML file of an exported site, relative to its folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
}

/** The addresses a page links or submits to (hrefs and form actions), entities decoded. */
function addresses(body: string): string[] {
  const $ = load(body);
  return [...$('[href]').map((_, el) => $(el).attr('href')).get(), ...$('form[action]').map((_, el) => $(el).attr('action')).get()];
}

/** The export's file a page's address opens (`dir/` → `dir/index.html`); undefined for another site. */
function target(page: string, address: string): string | undefined {
  const base = new URL(`http://site.invalid/${page}`);
  const url = new URL(address, base);
  if (url.origin !== base.origin) return undefined;
  const path = decodeURIComponent(url.pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
