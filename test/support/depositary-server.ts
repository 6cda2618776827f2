// A stand-in for the depositary on loopback (127.0.0.1, a free port): each status page address
// (`mtdsg_no=…`) answers with whatever the test sets, and every request is kept for inspection.
import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one address answers. */
export type Answer = (req: IncomingMessage, res: ServerResponse) => void;

/** The running stand-in. */
export interface DepositaryServer {
  /** `http://127.0.0.1:<port>`: the base address to sync from. */
  readonly base: string;
  /** Sets the answer for one status page (by its number, e.g. `XXVI-5`). */
  set(number: string, answer: Answer): void;
  /** The requests received for a number, oldest first. */
  requests(number: string): readonly IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Starts the stand-in; unknown addresses answer 404. */
export async function startDepositary(): Promise<DepositaryServer> {
  const answers = new Map<string, Answer>();
  const seen = new Map<string, IncomingHttpHeaders[]>();
  const server = createServer((req, res) => {
    const number = new URL(req.url ?? '/', 'http://x').searchParams.get('mtdsg_no') ?? '';
    seen.set(number, [...(seen.get(number) ?? []), req.headers]);
    const answer = answers.get(number);
    if (answer) answer(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    set: (number, answer) => answers.set(number, answer),
    requests: (number) => seen.get(number) ?? [],
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A page served as the UN Treaty Collection serves it (HTML, UTF-8), with validators; a matching If-None-Match answers 304. */
export function page(html: string, validators: { etag?: string; lastModified?: string } = {}, type = 'text/html; charset=utf-8'): Answer {
  return (req, res) => {
    const headers: Record<string, string> = { 'content-type': type };
    if (validators.etag) headers.etag = validators.etag;
    if (validators.lastModified) headers['last-modified'] = validators.lastModified;
    if (validators.etag && req.headers['if-none-match'] === validators.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const body = Buffer.from(html, 'utf8');
    res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  };
}

/** A server error, every time. */
export const serverError: Answer = (_req, res) => {
  res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>Internal Server Error</body></html>');
};

/** An answer that starts only after `ms`. */
export function slow(ms: number, then: Answer): Answer {
  return (req, res) => {
    const t = setTimeout(() => then(req, res), ms);
    res.on('close', () => clearTimeout(t));
  };
}

/** Announces the whole page's length, sends the first `bytes` of it, then drops the connection. */
export function truncated(html: string, bytes: number): Answer {
  return (_req, res) => {
    const body = Buffer.from(html, 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) });
    res.write(body.subarray(0, bytes), () => setTimeout(() => res.destroy(), 20));
  };
}

/** Fails `times` times with `first`, then answers with `then`. */
export function failing(times: number, first: Answer, then: Answer): Answer {
  let n = 0;
  return (req, res) => {
    n += 1;
    (n <= times ? first : then)(req, res);
  };
}
