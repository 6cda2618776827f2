// A treaty's own values that the reference marks UNVERIFIED keep the mark, with its reason, and every
// reader sees it: `treatywatch state` and `status` (text and --json), the API's answers (held against
// their documented schemas), the state page and the treaty page. The expected mark comes from the
// reference (treaty-articles-more.md §1, ENMOD Art. IX(3)), not from our own output.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StateAnswer, StatusAnswer } from '../src/api/answers.js';
import { liveLinks } from '../src/web/links.js';
import { statePage } from '../src/web/pages/state-page.js';
import { treatyPage } from '../src/web/pages/treaty-page.js';
import { BACKENDS, type TestDb, testServer } from './support/api-harness.js';
import { cli, preparedDb } from './support/cli.js';
import { REFERENCE, shippedIndex } from './support/shipped.js';

const env = { TREATYWATCH_DB: preparedDb() };
const index = shippedIndex();
const ON = '2026-02-03';

type Mark = { path: string; reason: string };

describe('the reference still marks ENMOD\'s "twenty" UNVERIFIED', () => {
  it('(else this mark should go)', () => {
    expect(readFileSync(`${REFERENCE}treaty-articles-more.md`, 'utf8')).toMatch(/spells out\s+"twenty" is\s+\*\*UNVERIFIED\*\*/);
  });
});

describe('the CLI shows it', () => {
  it('`status enmod`: a line "unverified: <path>: <reason>" under the heading; --json has the field', async () => {
    const text = await cli(['status', 'enmod', '--on', ON], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^unverified: rules\.entryIntoForce\.quote: .*"twenty".*$/m);
    const json = await cli(['status', 'enmod', '--on', ON, '--json'], env);
    const answer = JSON.parse(json.stdout) as { unverified?: Mark[] };
    expect(StatusAnswer.safeParse(answer).error).toBeUndefined();
    expect(answer.unverified?.map((m) => m.path)).toEqual(['rules.entryIntoForce.quote']);
    expect(answer.unverified?.[0]?.reason).toMatch(/twenty/);
  });

  it('a treaty with no mark says nothing of the kind', async () => {
    expect((await cli(['status', 'apmbc', '--on', ON], env)).stdout).not.toMatch(/unverified:/);
    expect(JSON.parse((await cli(['status', 'apmbc', '--on', ON, '--json'], env)).stdout)).not.toHaveProperty('unverified');
  });

  it('`state Lithuania`: the mark under the ENMOD heading, and in --json on the ENMOD entry only', async () => {
    const text = (await cli(['state', 'Lithuania', '--on', ON], env)).stdout;
    const enmod = text.split('\n\n').find((block) => block.startsWith('ENMOD'));
    expect(enmod?.split('\n')[1]).toMatch(/^ {2}unverified: rules\.entryIntoForce\.quote: .*"twenty"/);
    expect(text.match(/unverified: /g)).toHaveLength(1);
    const json = JSON.parse((await cli(['state', 'Lithuania', '--on', ON, '--json'], env)).stdout) as { treaties: { treatyId: string; unverified?: Mark[] }[] };
    expect(StateAnswer.safeParse(json).error).toBeUndefined();
    expect(json.treaties.filter((t) => t.unverified).map((t) => [t.treatyId, t.unverified?.map((m) => m.path)])).toEqual([['enmod', ['rules.entryIntoForce.quote']]]);
  });
});

for (const [name, backend] of BACKENDS) {
  describe(`the API on ${name} shows it`, () => {
    let db: TestDb;
    let app: Awaited<ReturnType<typeof testServer>>;
    beforeAll(async () => {
      db = await backend.create();
      app = await testServer(db.store);
    });
    afterAll(async () => {
      await app?.close();
      await db?.store.close();
      await db?.cleanup();
    });

    it('in the status and the state answers, as the CLI prints them', async () => {
      const status = (await app.inject(`/v1/treaties/enmod/status?on=${ON}`)).json<{ unverified?: Mark[] }>();
      expect(StatusAnswer.safeParse(status).error).toBeUndefined();
      expect(status.unverified).toEqual((JSON.parse((await cli(['status', 'enmod', '--on', ON, '--json'], env)).stdout) as { unverified: Mark[] }).unverified);
      const state = (await app.inject(`/v1/states/LTU?on=${ON}`)).json<{ treaties: { treatyId: string; unverified?: Mark[] }[] }>();
      expect(StateAnswer.safeParse(state).error).toBeUndefined();
      expect(state.treaties.find((t) => t.treatyId === 'enmod')?.unverified?.[0]?.reason).toMatch(/twenty/);
    });
  });
}

describe('the pages show it', () => {
  it('the state page: in the ENMOD section, once', () => {
    const ltu = index.states.get('LTU');
    if (!ltu) throw new Error('no LTU');
    const $ = load(statePage(index, ltu, ON, liveLinks()));
    const marks = $('.unverified-marks li');
    expect(marks).toHaveLength(1);
    expect(marks.closest('section').attr('id')).toBe('treaty-enmod');
    expect(marks.text()).toMatch(/Unverified: rules\.entryIntoForce\.quote: .*"twenty"/);
  });

  it('the ENMOD treaty page: among the treaty\'s facts; the APMBC page has none', () => {
    const enmod = index.treaties.get('enmod');
    const apmbc = index.treaties.get('apmbc');
    if (!enmod || !apmbc) throw new Error('no treaty');
    const $ = load(treatyPage(index, enmod, ON, '2026-11-23', liveLinks()));
    expect($('#facts-h').closest('section').find('.unverified-marks li').text()).toMatch(/rules\.entryIntoForce\.quote: .*"twenty"/);
    expect(load(treatyPage(index, apmbc, ON, '2026-11-23', liveLinks()))('.unverified-marks')).toHaveLength(0);
  });
});
