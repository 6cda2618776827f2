import { load } from 'cheerio';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWeb } from '../src/web/register-web.js';
import { shippedIndex } from './support/shipped.js';

// The treaty page states the signature window the writes enforce, in the source's words.
let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await registerWeb(app, { readIndex: () => Promise.resolve(shippedIndex()), today: () => '2026-11-23' });
  await app.ready();
});
afterAll(() => app.close());

const windowText = async (id: string) => {
  const r = await app.inject(`/treaties/${id}`);
  expect(r.statusCode).toBe(200);
  return load(r.body)('#signature-window').text().replace(/\s+/g, ' ');
};

describe('the signature window on the treaty page', () => {
  it('gives the APMBC window with its last day (the day before 1 March 1999) and the depositary\'s words', async () => {
    const text = await windowText('apmbc');
    expect(text).toMatch(/Signature \(Art\. 15\): open for signature from 3 December 1997 to 28 February 1999/);
    expect(text).toContain('until its entry into force');
  });
  it('gives the CCW window to the time-limit of 10 April 1982, and accession only since', async () => {
    const text = await windowText('ccw');
    expect(text).toMatch(/to 10 April 1982; since then a state that has not signed can only accede \(Art\. 4\(1\)\)/);
  });
  it('says the TPNW has no end yet and Protocol IV is not open for signature', async () => {
    expect(await windowText('tpnw')).toMatch(/from 20 September 2017, with no end yet/);
    expect(await windowText('ccw-p4')).toMatch(/^Not open for signature \(Art\. 4\(3\)-\(4\) of the Convention\)/);
  });
});
