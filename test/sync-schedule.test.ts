// The schedule behind `serve --sync-every`: runs at once, then again after each run ends (never two
// at a time), goes on after a failed run, and stop() waits for a run under way.
import { describe, expect, it } from 'vitest';
import { CliError } from '../src/cli/cli-error.js';
import { parseEvery, scheduleSync } from '../src/cli/sync-schedule.js';

describe('serve --sync-every', () => {
  it('reads minutes, hours and days; refuses less than a minute and words', () => {
    expect([parseEvery('30m'), parseEvery('24h'), parseEvery('7d')]).toStrictEqual([1_800_000, 86_400_000, 604_800_000]);
    for (const bad of ['0m', '59s', '24', 'daily', '1w', '']) expect(() => parseEvery(bad)).toThrow(CliError);
  });

  it('runs now and after each run, goes on after a failure, never overlaps, and stops after the run under way', async () => {
    const said: string[] = [];
    let running = 0;
    let most = 0;
    let n = 0;
    const schedule = scheduleSync(5, async () => {
      n += 1;
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running -= 1;
      if (n === 2) throw new CliError('fetch_timeout', 'no answer in time');
      return `run ${n}`;
    }, (line) => said.push(line));
    while (n < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    await schedule.stop();
    const after = n;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(n).toBe(after);
    expect(most).toBe(1);
    expect(said.slice(0, 3)).toStrictEqual(['sync: run 1', 'sync failed: [fetch_timeout] no answer in time', 'sync: run 3']);
    expect(said.at(-1)).toBe(`sync: run ${after}`);
  });
});
