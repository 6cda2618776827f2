import type { CheerioAPI } from 'cheerio/slim';
import type { UntcEndNote } from './untc-page.js';
import { readEndNote } from './untc-notes.js';

/** The page's end notes (the "End Note" section): number, text, notifications with their addresses, actions. */
export function readEndNotes($: CheerioAPI): UntcEndNote[] {
  return $('.divNotesAll').toArray().flatMap((el) => {
    const note = $(el);
    const number = note.find('a[name]').first().attr('name')?.trim() ?? '';
    if (!/^\d+$/.test(number)) return [];
    const links = new Map<string, string>();
    for (const a of note.find('a[href]').toArray()) {
      const core = /C\.N\.\d+\.\d{4}/.exec($(a).text())?.[0];
      const href = $(a).attr('href');
      if (core !== undefined && href !== undefined && /^https?:\/\//.test(href)) links.set(core, href);
    }
    note.find('br').replaceWith(' ');
    note.find('a[name]').first().remove();
    const text = note.text().replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
    return [readEndNote(number, text, links)];
  });
}
