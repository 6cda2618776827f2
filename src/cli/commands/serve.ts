import type * as ServerModule from '../../api/start-server.js';
import { CliError } from '../cli-error.js';
import { storeEnv, today } from '../context.js';
import { io } from '../io.js';
import { parseEvery, scheduleSync } from '../sync-schedule.js';

/** Options of `serve`. */
export interface ServeOptions {
  readonly host: string;
  readonly port: string;
  readonly logLevel: string;
  readonly trustProxy?: boolean;
  /** `24h`: run `treatywatch sync` on this schedule, first right after the start. */
  readonly syncEvery?: string;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * `treatywatch serve [--host H] [--port P]`: the HTTP API, feeds, exports and web app until SIGTERM
 * or Ctrl-C, then a graceful stop (requests in flight finish, the store is closed). The server is
 * loaded from `serverModule` (the compiled dist/api tree), not from the CLI bundle: Swagger UI
 * serves its assets from its own npm package's folder.
 */
export async function serveCommand(serverModule: URL, opts: ServeOptions): Promise<void> {
  const port = Number(opts.port);
  if (!/^\d{1,5}$/.test(opts.port) || port > 65_535) throw new CliError('invalid_port', `--port must be a number from 0 to 65535, not "${opts.port}"`, 'port');
  if (opts.host.trim() === '') throw new CliError('invalid_host', '--host must not be empty', 'host');
  if (!LEVELS.includes(opts.logLevel)) throw new CliError('invalid_log_level', `--log-level must be one of ${LEVELS.join(', ')}`, 'log-level');
  const every = opts.syncEvery === undefined ? undefined : parseEvery(opts.syncEvery);
  today(); // a bad TREATYWATCH_TODAY is refused now, not on the first request
  const say = (line: string) => io().stderr.write(`treatywatch: ${line}\n`);
  const { startServer } = (await import(serverModule.href)) as typeof ServerModule;
  const server = await startServer({ host: opts.host, port, env: storeEnv(), today, logLevel: opts.logLevel, trustProxy: opts.trustProxy === true, say }).catch((e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError('address_in_use', `${opts.host}:${port} is in use: choose another --port`, 'port');
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError('invalid_host', `cannot listen on "${opts.host}": not an address of this machine`, 'host');
    throw e;
  });
  say(`serving on ${server.url} — API under /v1, reference at /docs, feeds at /feeds/changes.atom (Ctrl-C to stop)`);
  // The sync runs in this process on its own connection; the server notices what it writes through the record's counter.
  const schedule = every === undefined ? undefined : scheduleSync(every, async () => {
    const { runSync, syncSummary } = await import('./sync.js');
    return syncSummary(await runSync([], { by: 'treatywatch sync (serve)' }, false));
  }, say);
  if (every !== undefined) say(`syncing with the depositary every ${opts.syncEvery ?? ''} (first now)`);
  const signal = await io().stopSignal();
  say(`${signal}: finishing requests in flight, then stopping`);
  await schedule?.stop();
  await server.close();
  say('stopped');
}
