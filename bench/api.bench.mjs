// HTTP API benchmarks (issue 3): the status route against a bare Fastify server sending the very
// same bytes, a hello-world for scale, p99 and server memory at 100 connections, and a 60 s run.
// Each server runs in a child process of its own on loopback; autocannon drives it from here.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const title = 'HTTP API';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ROUTE = '/v1/treaties/apmbc/status?on=2025-03-26';
const CONNECTIONS = 100;
const ROUNDS = 5;
const ROUND_S = 5;
const SOAK_S = 60;

// The three servers. Each prints its URL on stdout once listening.
const SERVERS = {
  // The real server: store, record cache, answer cache, security headers, CORS, error handling. No
  // request log (a proxy in front logs requests; pino lines would measure the log pipe, not the API).
  app: `
    const { openSqliteStore } = await import(${JSON.stringify(`${DIST}store/sqlite-store.js`)});
    const { buildServer } = await import(${JSON.stringify(`${DIST}api/build-server.js`)});
    const store = openSqliteStore(process.env.BENCH_DB);
    await store.migrate();
    const app = await buildServer({ store, closeStore: true, today: () => process.env.TREATYWATCH_TODAY, logger: false });
    process.stdout.write(await app.listen({ host: '127.0.0.1', port: 0 }) + '\\n');`,
  // The limit for this answer: Fastify sending the very same response (status, headers, body), precomputed.
  bare: `
    const { default: Fastify } = await import('fastify');
    const { readFileSync } = await import('node:fs');
    const body = readFileSync(process.env.BENCH_BODY);
    const headers = JSON.parse(readFileSync(process.env.BENCH_HEADERS, 'utf8'));
    const app = Fastify();
    app.get('/v1/treaties/apmbc/status', (_req, reply) => reply.headers(headers).send(body));
    process.stdout.write(await app.listen({ host: '127.0.0.1', port: 0 }) + '\\n');`,
  hello: `
    const { default: Fastify } = await import('fastify');
    const app = Fastify();
    app.get('/v1/treaties/apmbc/status', () => ({ hello: 'world' }));
    process.stdout.write(await app.listen({ host: '127.0.0.1', port: 0 }) + '\\n');`,
};

/** Starts a server child; resolves with its URL, pid and a stop function. */
function start(kind, env) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVERS[kind]], { cwd: fileURLToPath(new URL('..', import.meta.url)), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
    child.stdout.on('data', (d) => {
      out += d;
      const url = /http:\/\/[\d.:]+/.exec(out)?.[0];
      if (url) resolve({ url, pid: child.pid, stop: () => new Promise((r) => { child.removeAllListeners('exit'); child.on('exit', r); child.kill('SIGTERM'); }) });
    });
  });
}

/** The raw bytes of an answer (not decoded, unlike fetch) and its content encoding. */
function getRaw(url, headers) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ body: Buffer.concat(chunks), encoding: res.headers['content-encoding'] ?? '', headers: res.headers }));
    }).on('error', reject);
  });
}

/** Resident memory of a process, in MiB (Linux /proc). */
function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Drives a server with autocannon, sampling its memory; returns req/s, latency percentiles, errors and peak RSS. */
async function load(server, seconds, headers = {}) {
  let peak = rssMiB(server.pid);
  const sampler = setInterval(() => { peak = Math.max(peak, rssMiB(server.pid)); }, 200);
  const r = await autocannon({ url: server.url + ROUTE, connections: CONNECTIONS, duration: seconds, headers });
  clearInterval(sampler);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, total: r.requests.total, peak };
}

/**
 * The API and the bare server in alternation (ROUNDS short runs each), so that a noisy neighbour
 * weighs on both alike; the ratio is the median of the rounds' ratios.
 */
async function compare(env, headers) {
  const app = await start('app', env);
  const first = await getRaw(app.url + ROUTE, headers);
  // Everything but what Node writes itself (Date, Connection, Keep-Alive, Content-Length).
  const own = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  const sent = Object.fromEntries(Object.entries(first.headers).filter(([k]) => !own.has(k)));
  writeFileSync(env.BENCH_BODY, first.body);
  writeFileSync(env.BENCH_HEADERS, JSON.stringify(sent));
  const bare = await start('bare', env);
  const check = await getRaw(bare.url + ROUTE, headers);
  const same = check.body.equals(first.body) && Object.entries(sent).every(([k, v]) => String(check.headers[k]) === String(v));
  if (!same) throw new Error('the bare server does not send the same response');
  const body = first.body;
  await load(app, 2, headers);
  await load(bare, 2, headers);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i += 1) rounds.push({ app: await load(app, ROUND_S, headers), bare: await load(bare, ROUND_S, headers) });
  await Promise.all([app.stop(), bare.stop()]);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    ratio: median(rounds.map((r) => r.app.rps / r.bare.rps)),
    p99ratio: median(rounds.map((r) => r.app.p99 / Math.max(1, r.bare.p99))),
    app: { rps: median(rounds.map((r) => r.app.rps)), p99: median(rounds.map((r) => r.app.p99)), peak: Math.max(...rounds.map((r) => r.app.peak)) },
    bare: { rps: median(rounds.map((r) => r.bare.rps)), p99: median(rounds.map((r) => r.bare.p99)) },
    bytes: body.length,
  };
}

/** Runs the benchmarks; `add(what, figure, goal, met)` records one line. */
export async function run({ add, TODAY }) {
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-api-'));
  const db = join(dir, 'bench.db');
  const { loadDataset } = await import(`${DIST}data/load-dataset.js`);
  const { openSqliteStore } = await import(`${DIST}store/sqlite-store.js`);
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const store = openSqliteStore(db);
  await store.migrate();
  await store.loadDataset(loaded.value);
  await store.close();
  const env = { BENCH_DB: db, TREATYWATCH_TODAY: TODAY, BENCH_BODY: join(dir, 'body.bin'), BENCH_HEADERS: join(dir, 'headers.json') };
  try {
    const plain = await compare(env, {});
    const gzip = await compare(env, { 'accept-encoding': 'gzip' });

    const hello = await start('hello', env);
    await load(hello, 2);
    const scale = await load(hello, ROUND_S);
    await hello.stop();

    const server = await start('app', env);
    const idle = rssMiB(server.pid);
    await load(server, 2);
    const soak = await load(server, SOAK_S);
    await server.stop();

    const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
    // Goals (issue 3; issue 16 for gzip, the representation browsers, curl --compressed and CDNs ask for).
    const goals = [{ ratio: 0.8, p99ms: 50 }, { ratio: 0.9, p99ms: 50, p99x: 1.25 }];
    for (const [i, [label, m]] of [[`${kib(plain.bytes)} JSON, uncompressed`, plain], [`gzip, ${kib(gzip.bytes)} (as browsers, curl --compressed and CDNs ask)`, gzip]].entries()) {
      const goal = goals[i];
      add(`\`GET ${ROUTE}\`, ${label}, ${CONNECTIONS} connections`, `${m.app.rps.toFixed(0)} req/s, p99 ${m.app.p99} ms`, '—', null);
      add(`… bare Fastify sending the very same response (headers and body), precomputed: the limit for it`, `${m.bare.rps.toFixed(0)} req/s, p99 ${m.bare.p99} ms`, '—', null);
      add(`… API req/s as a ratio to the bare server (median of ${ROUNDS} alternating rounds of ${ROUND_S} s)`, m.ratio.toFixed(2), `≥ ${goal.ratio}`, m.ratio >= goal.ratio);
      if (goal.p99x !== undefined) add(`… API p99 as a multiple of the bare server's (median of the rounds' ratios)`, `${m.p99ratio.toFixed(2)}×`, `≤ ${goal.p99x}×`, m.p99ratio <= goal.p99x);
      add(`… p99 latency of the API at ${CONNECTIONS} connections`, `${m.app.p99} ms`, `< ${goal.p99ms} ms`, m.app.p99 < goal.p99ms);
    }
    add('bare Fastify hello-world, for scale', `${scale.rps.toFixed(0)} req/s, p99 ${scale.p99} ms`, '—', null);
    add('server memory (RSS): idle with the record loaded / peak under load', `${idle.toFixed(0)} MiB / ${Math.max(plain.app.peak, gzip.app.peak, soak.peak).toFixed(0)} MiB`, '—', null);
    add(`${SOAK_S} s at ${CONNECTIONS} connections, uncompressed: requests and errors (incl. timeouts, non-2xx)`, `${soak.total} requests (${soak.rps.toFixed(0)} req/s, p99 ${soak.p99} ms), ${soak.errors} errors`, '0 errors', soak.errors === 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { dataset: `SQLite; ${loaded.value.events.length} events; each server in a child process on loopback, autocannon in the bench process; load average ${loadavg()[0].toFixed(1)} at the end` };
}
