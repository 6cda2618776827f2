// The reports say how current their facts are: a media pack, a briefing note and a letter dated after
// the record's horizon (the stored depositary pages' STATUS AS AT, 2026-02-03) carry a box with the
// sentence, footnoted to the depositary page it comes from, in Markdown and HTML; one dated on or
// before the horizon has none. Built from the shipped record and workspace.
import { describe, expect, it } from 'vitest';
import { briefingNote } from '../src/reports/briefing.js';
import { letterDraft } from '../src/reports/letter.js';
import { mediaPack } from '../src/reports/media-pack.js';
import { renderHtml } from '../src/reports/render-html.js';
import { renderMarkdown } from '../src/reports/render-markdown.js';
import type { ReportDoc } from '../src/reports/report-doc.js';
import { shippedPeople } from './support/people.js';
import { shippedIndex } from './support/shipped.js';

const index = shippedIndex();
const people = shippedPeople();
const SENTENCE = "The depositary's record is complete to 2026-02-03; later actions may be missing.";
const ltu = index.states.get('LTU');
if (!ltu) throw new Error('no LTU');

function letter(on: string): ReportDoc {
  const r = letterDraft(index, people, { toPostId: 'ltu-prime-minister', on, treatyId: 'apmbc' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.doc;
}

const reports: readonly (readonly [string, (on: string) => ReportDoc])[] = [
  ['media pack', (on) => mediaPack(index, people, { state: ltu, treatyId: 'apmbc', on })],
  ['briefing note', (on) => briefingNote(index, people, { state: ltu, on })],
  ['letter', letter],
];

describe('reports after the horizon state it', () => {
  for (const [name, build] of reports) {
    it(`${name}: a box with the sentence, footnoted to the depositary page, after the horizon only`, () => {
      const doc = build('2026-11-23');
      const box = doc.blocks.find((b) => b.kind === 'callout' && b.title === 'How current the record is');
      expect(box, name).toBeDefined();
      const md = renderMarkdown(doc);
      expect(md).toContain(SENTENCE);
      // The footnote behind it is the depositary's status page.
      expect(md).toMatch(/^\[\^\d+\]: United Nations Treaty Collection.*status as at 2026-02-03/m);
      expect(renderHtml(doc)).toContain('The depositary&#39;s record is complete to 2026-02-03; later actions may be missing.');
      for (const on of ['2026-02-03', '2025-10-01']) {
        expect(renderMarkdown(build(on)), `${name} on ${on}`).not.toContain('later actions may be missing');
      }
    });
  }
});
