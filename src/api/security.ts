import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { HttpError } from './http-error.js';

/**
 * The security headers. The content security policy lets the web app serve its own scripts and
 * styles and data: images (inline SVG needs nothing more), and nothing from elsewhere: no CDN.
 */
const HELMET: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
      scriptSrcAttr: ["'none'"],
    },
  },
  // Other sites may embed the data (a campaign page showing the count); the API holds nothing private.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
};

// CORS for reads only: any site may fetch the data (a campaign page showing the count), none may write.
const CORS_READ = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Last-Modified, Content-Disposition, Link' };
const PREFLIGHT = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD',
  'access-control-allow-headers': 'If-None-Match, If-Modified-Since, Accept, Accept-Language, Content-Language',
  'access-control-max-age': '86400',
};

/** Security headers, CORS for reads only, and the write rate limit. */
export async function installSecurity(app: FastifyInstance): Promise<void> {
  // @fastify/helmet builds helmet's middleware anew on every request, and @fastify/cors runs a hook
  // of its own; the headers never change, so they are computed once and set in one step (on a cached
  // read that is most of the work left).
  const security = await helmetHeaders(HELMET);
  const forReads = { ...security, ...CORS_READ };
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.method === 'GET' || request.method === 'HEAD' ? forReads : security);
    done();
  });
  // A browser asks before a cross-origin request with other methods or headers: reads only.
  app.options('*', (_request, reply) => reply.code(204).headers(PREFLIGHT).send());
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `too many writes: at most ${context.max} per ${context.after}; retry after ${Math.ceil(context.ttl / 1000)} s`, undefined, {}, { 'retry-after': String(Math.ceil(context.ttl / 1000)) }),
  });
}

/** The headers @fastify/helmet sets with these options, read from one request to a throwaway instance. */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify();
  await probe.register(helmet, options);
  probe.get('/', (_request, reply) => reply.send(''));
  const res = await probe.inject('/');
  await probe.close();
  const plain = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);
  return Object.fromEntries(Object.entries(res.headers).filter(([k]) => !plain.has(k)).map(([k, v]) => [k, String(v)]));
}
