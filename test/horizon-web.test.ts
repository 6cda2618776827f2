// The pages say how current the record is: the treaty, state, matrix, overview and pipeline pages, live
// and in the static export, carry the horizon note — shown for a date after the record's horizon (the
// stored depositary pages' STATUS AS AT, 2026-02-03), hidden on or before it, so that the date control
// can show it as the date moves. The export is rendered from the shipped data.
import { describe, expect, it } from 'vitest';
import { matrixSitePage } from '../src/web/matrix-web.js';
import { liveLinks, staticLinks } from '../src/web/links.js';
import { overviewPage } from '../src/web/pages/overview-page.js';
import { pipelinePage } from '../src/web/pages/pipeline-page.js';
import { statePage } from '../src/web/pages/state-page.js';
import { treatyPage } from '../src/web/pages/treaty-page.js';
import { renderSite } from '../src/web/render-site.js';
import { shippedPeople } from './support/people.js';
import { shippedIndex } from './support/shipped.js';

const index = shippedIndex();
const people = shippedPeople();
const HORIZON = '2026-02-03';
const AFTER = '2026-12-07';
const SENTENCE = `The depositary&#39;s record is complete to ${HORIZON}; later actions may be missing.`;

/** The horizon note of a page: its markup, and whether it is shown. */
function note(page: string): { shown: boolean; text: string } | undefined {
  const m = /<p class="note horizon" role="note" data-horizon="([^"]+)"( hidden)?>([^<]*)<\/p>/u.exec(page);
  if (!m) return undefined;
  expect(m[1]).toBe(HORIZON);
  return { shown: m[2] === undefined, text: m[3] ?? '' };
}

const ltu = index.states.get('LTU');
const apmbc = index.treaties.get('apmbc');
if (!ltu || !apmbc) throw new Error('LTU or the APMBC missing from the shipped data');

const pages: readonly (readonly [string, (on: string) => string])[] = [
  ['treaty page', (on) => treatyPage(index, apmbc, on, AFTER, liveLinks())],
  ['state page', (on) => statePage(index, ltu, on, liveLinks(), AFTER)],
  ['matrix page', (on) => matrixSitePage(index, on, AFTER, staticLinks('/matrix'))],
  ['overview', (on) => overviewPage(index, on, liveLinks())],
  ['pipeline', (on) => pipelinePage(index, people, on, AFTER, liveLinks())],
];

describe('the horizon note on each page', () => {
  for (const [name, render] of pages) {
    it(`${name}: shown after ${HORIZON}, written but hidden on it and before`, () => {
      expect(note(render(AFTER))).toEqual({ shown: true, text: SENTENCE });
      expect(note(render(HORIZON))).toEqual({ shown: false, text: SENTENCE });
      expect(note(render('2025-06-01'))?.shown).toBe(false);
    });
  }
});

describe('the static export', () => {
  const files = new Map(renderSite(index, people, AFTER, AFTER).map((f) => [f.path, f.body]));

  it('states the horizon on the treaty, state, matrix, overview and pipeline pages exported after it', () => {
    for (const path of ['index.html', 'treaties/apmbc/index.html', 'treaties/ccm/index.html', 'states/LTU/index.html', 'states/FIN/index.html', 'matrix/index.html', 'pipeline/index.html']) {
      const body = files.get(path);
      expect(body, path).toBeDefined();
      expect(note(body ?? ''), path).toEqual({ shown: true, text: SENTENCE });
    }
  });

  it('the date control shows and hides the note as the date moves (the slider module reads data-horizon)', () => {
    const slider = [...files.entries()].find(([p]) => /^assets\/slider.*\.js$/u.test(p))?.[1] ?? '';
    expect(slider).toContain('[data-horizon]');
  });
});
