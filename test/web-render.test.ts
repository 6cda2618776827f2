import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { datesBetween } from '../src/domain/calendar-date.js';
import { pendingChanges } from '../src/domain/pending.js';
import { indexRecord } from '../src/domain/record-index.js';
import { assets } from '../src/web/assets.js';
import { escapeHtml, html, jsonScript, safeUrl } from '../src/web/html.js';
import { liveLinks, staticFile, staticLinks } from '../src/web/links.js';
import { statePage } from '../src/web/pages/state-page.js';
import { contrast, STATUS_STYLES } from '../src/web/palette.js';
import { pendingOn, treatyData } from '../src/web/treaty-data.js';
import { shipped, shippedIndex } from './support/shipped.js';

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" 'single' \`tick\``;

describe('the template helper', () => {
  it('escapes every interpolated value, so hostile text comes out inert', () => {
    const out = html`<p title="${HOSTILE}">${HOSTILE}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/title="[^"]*"[^>]*onerror/);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`'\``)).toBe('&#39;&#96;');
  });

  it('prints nothing for null, undefined and false, and joins lists', () => {
    expect(html`a${null}${undefined}${false}${['<b>', html`<i>`]}z`.value).toBe('a&lt;b&gt;<i>z');
  });

  it('keeps JSON data blocks from closing their script element', () => {
    const out = jsonScript('d', { t: '</script><script>alert(1)</script>', s: '\u2028<!--' }).value;
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    expect(out).not.toContain('<!--');
    expect(JSON.parse(out.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).toEqual({ t: '</script><script>alert(1)</script>', s: '\u2028<!--' });
  });

  it('drops javascript: and data: addresses', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeUrl('https://treaties.un.org/x')).toBe('https://treaties.un.org/x');
  });
});

describe('links', () => {
  it('are site-absolute on the live server and relative in the static export', () => {
    expect(liveLinks().page('/states/LTU', { on: '2025-03-26' })).toBe('/states/LTU?on=2025-03-26');
    expect(staticLinks('/treaties/apmbc').page('/states/LTU')).toBe('../../states/LTU/');
    expect(staticLinks('/treaties/apmbc').page('/')).toBe('../../');
    expect(staticLinks('/').page('/pipeline', { on: '2025-05-08' })).toBe('./pipeline/?on=2025-05-08');
    expect(staticLinks('/sources').asset('site.css')).toBe('../assets/site.css');
    expect(staticFile('/')).toBe('index.html');
    expect(staticFile('/states/LTU')).toBe('states/LTU/index.html');
  });
});

describe('a hostile record', () => {
  it('renders inert on a state page: titles, quotes, names and addresses from the record are escaped or dropped', () => {
    const ds = shipped();
    const source = ds.sources[0];
    if (!source) throw new Error('no source');
    const evil = { ...source, title: HOSTILE, publisher: HOSTILE, url: 'javascript:alert(1)', quote: HOSTILE };
    const events = ds.events.map((e) => (e.iso3 === 'LTU' ? { ...e, sources: [{ sourceId: source.id, quote: HOSTILE }], note: HOSTILE } : e));
    const states = ds.states.map((s) => (s.iso3 === 'LTU' ? { ...s, aliases: [HOSTILE] } : s));
    const index = indexRecord({ ...ds, sources: ds.sources.map((s) => (s.id === source.id ? evil : s)), events, states });
    const page = statePage(index, index.states.get('LTU') as never, '2026-11-23', liveLinks());
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('javascript:');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});

describe('the treaty page data', () => {
  const index = shippedIndex();

  it('gives, on every date, exactly the pending changes the engine gives', () => {
    for (const treatyId of ['apmbc', 'ccm']) {
      const rows = treatyData(index, treatyId, '2026-11-23').pending;
      for (const on of [...datesBetween('1997-12-03', '2027-06-01', 'month'), '2025-06-27', '2025-12-26', '2025-12-27', '2026-01-10', '2026-02-20']) {
        expect(pendingOn(rows, on), `${treatyId} ${on}`).toEqual(pendingChanges(index, treatyId, on));
      }
    }
  });

  it('ships each state the status periods that give its status on any day', () => {
    const data = treatyData(index, 'apmbc', '2026-11-23').client;
    const at = (iso3: string, on: string) => [...(data.epochs[iso3] ?? [])].reverse().find((e) => e[0] <= on)?.[1] ?? 'not_joined';
    // Lithuania: ratification deposited 2003-05-12, in force 2003-11-01; withdrawal deposited 2025-06-27, in effect 2025-12-27 (reference: apmbc-states.csv).
    expect([at('LTU', '2003-10-31'), at('LTU', '2003-11-01'), at('LTU', '2025-03-26'), at('LTU', '2025-06-27'), at('LTU', '2026-01-01')])
      .toEqual(['deposited', 'party', 'party', 'withdrawal_pending', 'withdrawn']);
  });
});

describe('the palette and the client modules', () => {
  it('labels each status on a colour with text of contrast ≥ 4.5:1', () => {
    for (const s of Object.values(STATUS_STYLES)) expect(contrast(s.fill, s.ink), s.label).toBeGreaterThanOrEqual(4.5);
  });

  it('ships each client module as a self-contained script that parses', () => {
    for (const [key, a] of assets()) {
      if (!a.name.endsWith('.js')) continue;
      expect(() => new Script(a.body, { filename: a.name }), key).not.toThrow();
      expect(a.body, key).not.toMatch(/__vite|require\(|import\(/);
    }
  });
});
