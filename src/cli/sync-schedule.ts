import { CliError } from './cli-error.js';

const UNITS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `--sync-every 24h`: minutes, hours or days (at least a minute: the depositary is a shared public site). */
export function parseEvery(text: string): number {
  const m = /^(\d{1,4})(m|h|d)$/.exec(text.trim());
  const ms = m ? Number(m[1]) * (UNITS[m[2] ?? ''] ?? 0) : 0;
  if (!m || ms < 60_000 || ms > 366 * 86_400_000) throw new CliError('invalid_input', `--sync-every must be a duration such as 30m, 24h or 7d (1 minute to a year), not "${text}"`, 'sync-every');
  return ms;
}

/** A running schedule: stop() cancels the next run and waits for one under way. */
export interface SyncSchedule {
  stop(): Promise<void>;
}

/**
 * Runs `run` now and then every `everyMs` after each run ends (runs never overlap). A failed run is
 * reported through `say` and the schedule goes on: a network outage must not stop the server.
 */
export function scheduleSync(everyMs: number, run: () => Promise<string>, say: (line: string) => void): SyncSchedule {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let stopped = false;
  const tick = (): void => {
    current = run()
      .then((summary) => say(`sync: ${summary}`))
      .catch((e: unknown) => say(`sync failed: ${e instanceof CliError ? `[${e.code}] ${e.message}` : e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        current = undefined;
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
