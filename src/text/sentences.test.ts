import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.js';
import { splitSentences } from './sentences.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('sentences', () => {
  it('splits at full stops, not after abbreviations or initials', () => {
    expect(texts('Every member except the U.S. is a party. Mr. Smith agrees. J. R. Smith does not.')).toEqual([
      'Every member except the U.S. is a party.', 'Mr. Smith agrees.', 'J. R. Smith does not.',
    ]);
    expect(texts('It has 1.5 million mines. Art. 20 applies.')).toEqual(['It has 1.5 million mines.', 'Art. 20 applies.']);
  });

  it('keeps quotations that go on after a full stop with a lower-case word', () => {
    expect(texts('“They will work it out,” said the Prime Minister. Then he left.')).toEqual(['“They will work it out,” said the Prime Minister.', 'Then he left.']);
  });

  it('ends sentences at line breaks that end a line, and joins lines broken mid-sentence', () => {
    expect(texts('MEDIA PACK\n\nDate: 26 March 2025\n- 165 countries are onboard\n- Current users: Russia')).toEqual([
      'MEDIA PACK', 'Date: 26 March 2025', '- 165 countries are onboard', '- Current users: Russia',
    ]);
    expect(texts('would not only tarnish Lithuania’s\n\nreputation but could also embolden others.')).toHaveLength(1);
    expect(texts('must invest in modern,\n\neffective defense.')).toHaveLength(1);
    expect(texts('“It will not keep them safe—just as it did not keep\n\n*Bosnia and our people safe,” said Zoran.')).toHaveLength(1);
  });

  it('gives offsets into the input', () => {
    const input = '  First one.\n\nSecond one.  ';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts text without full stops into bounded stretches', () => {
    const long = 'word '.repeat(2000);
    expect(splitSentences(long).every((s) => s.text.length <= 1600)).toBe(true);
  });
});

describe('datelines', () => {
  it.each([
    ['\n\nGeneva, 17 January 2025\n\n**H.E. Mr. Gintautas Paluckas**', '2025-01-17'],
    ['MEDIA PACK\n\nIssued by: ICBL\n\nDate: 26 March 2025\n', '2025-03-26'],
    ['VILNIUS, May 8, 2025 – The Seimas voted today', '2025-05-08'],
    ['Published 2025-05-09\nLithuania leaves', '2025-05-09'],
    ['26 March 2025\n\nLandmines Kill Children', '2025-03-26'],
  ])('%j → %s', (text, date) => expect(findDateline(text)?.date).toBe(date));

  it('is not an event date inside a sentence', () => {
    expect(findDateline('On 8 May 2025, Lithuania’s parliament unanimously voted to withdraw.')).toBeUndefined();
    expect(findDateline('The withdrawal took effect on 27 December 2025.')).toBeUndefined();
    expect(findDateline('Lithuania ratified it in 2003.')).toBeUndefined();
  });
});
