// Cold start of the CLI as a ratio to `node -e 0`, shared by the benches that measure it.
import { spawnSync } from 'node:child_process';

/**
 * Interleaved pairs (node -e 0, then the command) and the median of the per-pair ratios: drift in
 * the machine's load hits both sides of a pair alike.
 */
export function versusNode(args, env, n = 21) {
  const once = (a) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, a, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${a.join(' ')} failed: ${r.stderr}`);
    return performance.now() - t;
  };
  const pairs = Array.from({ length: n }, () => [once(['-e', '0']), once(args)]);
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { node: median(pairs.map((p) => p[0])), cli: median(pairs.map((p) => p[1])), ratio: median(pairs.map((p) => p[1] / p[0])), n };
}
