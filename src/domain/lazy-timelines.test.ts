import { describe, expect, it } from 'vitest';
import { shipped } from '../../test/support/shipped.js';
import { LazyTimelines } from './lazy-timelines.js';
import { domainError } from './result.js';
import type { Timeline } from './status.js';

describe('LazyTimelines', () => {
  const treaties = shipped().treaties.slice(0, 3);
  const setup = () => {
    const built: string[] = [];
    const map = new LazyTimelines(treaties, (t, problems) => {
      built.push(t.id);
      if (t.id === treaties[1]?.id) problems.push(domainError('x', 'refused'));
      return new Map<string, Timeline>();
    });
    return { map, built };
  };

  it('builds a treaty\'s timelines on first use, once, and nothing for an unknown id', () => {
    const { map, built } = setup();
    expect(map.size).toBe(3);
    expect(map.has('ccm')).toBe(true);
    expect(built).toEqual([]);
    expect(map.get('ccm')).toBe(map.get('ccm'));
    expect(map.get('nope')).toBeUndefined();
    expect(built).toEqual(['ccm']);
  });
  it('builds them all when iterated or asked for its problems, in treaty order', () => {
    const { map, built } = setup();
    expect([...map.keys()]).toEqual(treaties.map((t) => t.id));
    expect(built).toEqual([]);
    expect([...map].map(([id]) => id)).toEqual(treaties.map((t) => t.id));
    expect(map.allProblems().map((p) => p.code)).toEqual(['x']);
    expect(built).toEqual(treaties.map((t) => t.id));
  });
});
