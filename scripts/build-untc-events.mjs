#!/usr/bin/env node
// Builds data/events/<treaty>.json for the chapter XXVI treaties other than the APMBC and the CCM
// (ENMOD, CCW and its Protocols I-III, CWC, CTBT, ATT, TPNW) from the UN Treaty Collection's
// status pages stored in ../shared/reference/untc/, read with the depositary import's parser, plus
// the hand-reviewed inputs of data/curated/events-disarmament.json. Dev-time only: run
// `npm run build && node scripts/build-dataset.mjs && node scripts/build-untc-events.mjs`; the
// product never runs it and never reads ../shared. It writes nothing while one check fails: the
// page's own counts against its rows, every name against a state, every quote against its text,
// and the whole record through the product's own loader and engine.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REF = process.env.TREATYWATCH_REFERENCE ?? join(ROOT, '..', 'shared', 'reference');
const DATA = join(ROOT, 'data');
const DIST = join(ROOT, 'dist');
const RECORDED = { recordedBy: 'dataset', recordedAt: '2026-11-23T00:00:00Z' };

const problems = [];
const fail = (message) => problems.push(message);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** Same rule as build-dataset.mjs: every fragment of a quote (split at ' … ') occurs in the text. */
function quoteFound(quote, text) {
  const hay = squash(text);
  return quote.split(/\s*…\s*/).map((f) => f.replace(/[.,;:]+$/, '').trim()).filter(Boolean).every((f) => hay.includes(f));
}

if (!existsSync(join(DIST, 'ingest', 'untc', 'parse-untc-page.js'))) throw new Error('dist/ is missing the depositary import: run `npm run build` first');
const { normaliseName } = await import(join(DIST, 'domain', 'state.js'));
const { parseDatasetFiles } = await import(join(DIST, 'data', 'load-dataset.js'));
const { indexRecord } = await import(join(DIST, 'domain', 'record-index.js'));
const { parseUntcPage } = await import(join(DIST, 'ingest', 'untc', 'parse-untc-page.js'));

const states = readJson(join(DATA, 'states.json'));
const sourceIds = new Set(readJson(join(DATA, 'sources.json')).map((s) => s.id));
const treatyIds = new Set(readJson(join(DATA, 'treaties.json')).map((t) => t.id));
const curated = readJson(join(DATA, 'curated', 'events-disarmament.json'));
const reference = readFileSync(join(REF, 'treaty-articles-more.md'), 'utf8');

const names = new Map();
for (const s of states) for (const n of [s.iso3, s.iso2, s.name, s.officialName, ...s.aliases].filter(Boolean)) names.set(normaliseName(n), s.iso3);
/** A depositary name to a state: as written, or without a parenthesised article ("Bahamas (The)"). */
function iso3Of(name, where) {
  const iso3 = names.get(normaliseName(name)) ?? names.get(normaliseName(name.replace(/\((the|The)\)/, '')));
  if (!iso3) fail(`${where}: participant "${name}" matches no state in data/states.json`);
  return iso3;
}

const day = (value) => ({ value, precision: 'day' });
const event = (treatyId, iso3, kind, date, sources, extra = {}) => ({ id: `${treatyId}-${iso3}-${kind.replace(/_/g, '-')}`, iso3, treatyId, kind, date: day(date), ...extra, sources, verified: true, ...RECORDED });
const joinNotes = (...notes) => notes.filter(Boolean).join(' | ');

/** The depositary's end notes on a row, as a note for its main event; the notifications they cite in details (not the event's own: the page does not say so). */
function rowNotes(page, row) {
  const notes = row.notes.map((n) => page.endNotes.find((e) => e.number === n)).filter((e) => e && e.actions.length === 0);
  const symbols = notes.flatMap((e) => e.notifications.map((x) => x.symbol));
  return {
    note: notes.map((e) => `End note ${e.number} of the depositary's page: ${e.text}`).join(' | '),
    ...(symbols.length ? { details: { endNoteNotifications: symbols.join(', ') } } : {}),
  };
}

const SUCCESSION_NOTE = "A succession: the page gives no date from which it takes effect, so the date of entry into force shown is the rule's for a later deposit.";

/** A row of the participants table: its signature, provisional application and instrument, each as the page's legend reads it. */
function rowEvents(spec, page, row) {
  const iso3 = iso3Of(row.name, spec.treaty);
  if (!iso3) return [];
  const cite = [{ sourceId: spec.source }];
  const { note, details } = rowNotes(page, row);
  const out = row.entries.map((entry) => {
    if (entry.bracketed) fail(`${spec.treaty} ${iso3}: "${entry.text}" is bracketed (no longer counted): review the end notes and record why`);
    if (entry.action === 'signature') return event(spec.treaty, iso3, 'signature', entry.date, cite, entry.marker === 'd' ? { details: { successionToSignature: true } } : {});
    if (entry.action === 'provisional_application') return event(spec.treaty, iso3, 'provisional_application', entry.date, cite, { note: `Provisional application (the page's column "${entry.column}").` });
    const n = joinNotes(entry.action === 'succession' ? SUCCESSION_NOTE : '', note);
    return event(spec.treaty, iso3, entry.action, entry.date, cite, { ...(details ? { details } : {}), ...(n ? { note: n } : {}) });
  });
  // A row's end notes go on its instrument, or on its first event when it has none.
  const main = out.find((e) => !['signature', 'provisional_application'].includes(e.kind)) ?? out[0];
  if (main && note && !main.note) Object.assign(main, { note, ...(details ? { details } : {}) });
  return out;
}

/** Consents to the protocols in the page's protocol table (CCW end note 8): upon the deposit, unless the cell gives a later date. */
function protocolEvents(spec, page, participantEvents) {
  const table = page.otherTables.find((t) => t.headers.slice(1).every((h) => h in spec.protocolConsents.columns));
  if (!table) return fail(`${spec.treaty}: no table of protocol consents headed ${Object.keys(spec.protocolConsents.columns).join(', ')}`), [];
  if (!page.endNotes.some((e) => quoteFound(spec.protocolConsents.rule, e.text))) fail(`${spec.treaty}: no end note says: ${spec.protocolConsents.rule}`);
  const out = [];
  for (const [first, ...values] of table.rows) {
    const iso3 = iso3Of(first.replace(/\s+\d+$/, ''), `${spec.treaty} protocols`); // footnote marks stay in this table's text
    const deposit = participantEvents.find((e) => e.iso3 === iso3 && DEPOSITS.has(e.kind));
    for (const [i, value] of values.entries()) {
      const column = table.headers[i + 1];
      const treatyId = spec.protocolConsents.columns[column];
      if (!/^x/i.test(value) || !iso3) continue;
      const later = /\((\d{1,2}) ([A-Z][a-z]+) (\d{4})\)/.exec(value);
      const date = later ? `${later[3]}-${String(LONG_MONTHS.indexOf(later[2]) + 1).padStart(2, '0')}-${later[1].padStart(2, '0')}` : deposit?.date.value;
      if (!date) { fail(`${treatyId} ${iso3}: consent with no date and no deposit`); continue; }
      const how = later ? 'notified later, on the date the table gives' : `notified upon its ${deposit.kind} of the Convention`;
      out.push(event(treatyId, iso3, 'consent_to_be_bound', date, [{ sourceId: spec.source }], { details: { notifiedWith: later ? 'notification' : deposit.kind }, note: `Consent to be bound by ${column}, ${how} (the page's table of consents to the Protocols, end note 8).` }));
    }
  }
  return out;
}
const DEPOSITS = new Set(['ratification', 'acceptance', 'approval', 'accession', 'succession']);
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The actions the parser reads in the end notes (withdrawals, notices): each must have been reviewed in the curated file, and becomes an event. */
function noteActions(spec, page) {
  const out = [];
  for (const note of page.endNotes) {
    for (const action of note.actions) {
      const row = page.participants.find((p) => p.notes.includes(note.number));
      const iso3 = row ? iso3Of(row.name, spec.treaty) : iso3Of(action.actor, spec.treaty);
      const review = curated.reviewedNoteActions.find((r) => r.treaty === spec.treaty && r.endNote === note.number && r.iso3 === iso3 && r.kind === action.kind && r.date === action.date);
      if (!review) { fail(`${spec.treaty}: end note ${note.number} reports ${action.kind} by ${action.actor} on ${action.date}, which nobody reviewed: add it to reviewedNoteActions`); continue; }
      const n = note.notifications[0];
      const details = n ? { notification: n.symbol, ...(n.date ? { notificationDate: n.date } : {}), ...(n.url ? { notificationUrl: n.url } : {}) } : undefined;
      const sources = [{ sourceId: spec.source, quote: action.quote }, ...review.also.map((sourceId) => ({ sourceId }))];
      const effect = action.effect ? { statedEffect: { date: action.effect, sources: [{ sourceId: spec.source }] } } : {};
      out.push({ ...event(spec.treaty, iso3, action.kind, action.date, sources, { ...effect, ...(details ? { details } : {}) }), note: review.note });
    }
  }
  for (const r of curated.reviewedNoteActions.filter((x) => x.treaty === spec.treaty)) {
    if (!out.some((e) => e.iso3 === r.iso3 && e.kind === r.kind)) fail(`${r.treaty} ${r.iso3}: the reviewed ${r.kind} of end note ${r.endNote} is no longer on the page`);
  }
  return out;
}

/** An event from other sources: every source known, every quote found in the reference. */
function otherEvent(e) {
  for (const c of e.sources) {
    const id = typeof c === 'string' ? c : c.sourceId;
    if (!sourceIds.has(id)) fail(`${e.id}: unknown source ${id}`);
    if (typeof c !== 'string' && !quoteFound(c.quote, reference)) fail(`${e.id}: quote of ${id} not found in treaty-articles-more.md: ${c.quote}`);
  }
  return { ...e, sources: e.sources.map((c) => (typeof c === 'string' ? { sourceId: c } : c)), ...RECORDED };
}

const EVENT_KEYS = ['id', 'iso3', 'treatyId', 'kind', 'date', 'effectiveFrom', 'statedEffect', 'details', 'sources', 'verified', 'note', 'recordedBy', 'recordedAt', 'supersedes'];
const KIND_ORDER = ['signature', 'provisional_application', 'ratification', 'acceptance', 'approval', 'accession', 'succession', 'consent_to_be_bound'];
function sortEvents(events) {
  const order = (e) => (KIND_ORDER.includes(e.kind) ? KIND_ORDER.indexOf(e.kind) : 9);
  return events
    .map((e) => Object.fromEntries(EVENT_KEYS.filter((k) => k in e).map((k) => [k, e[k]])))
    .sort((a, b) => a.iso3.localeCompare(b.iso3) || a.date.value.localeCompare(b.date.value) || order(a) - order(b));
}

const logs = new Map();
const add = (e) => {
  if (!treatyIds.has(e.treatyId)) fail(`${e.id}: no treaty ${e.treatyId} in data/treaties.json (run build-dataset.mjs first)`);
  logs.set(e.treatyId, [...(logs.get(e.treatyId) ?? []), e]);
};
for (const spec of curated.pages) {
  if (!sourceIds.has(spec.source)) fail(`${spec.treaty}: no source ${spec.source} in data/sources.json`);
  const parsed = parseUntcPage(readFileSync(join(REF, spec.file), 'utf8'));
  if (!parsed.ok) { fail(`${spec.file}: ${parsed.error.message}`); continue; }
  const page = parsed.value;
  const signed = page.participants.filter((r) => r.entries.some((e) => e.action === 'signature' && !e.bracketed)).length;
  const bound = page.participants.filter((r) => r.entries.some((e) => (DEPOSITS.has(e.action) || e.action === 'consent_to_be_bound') && !e.bracketed)).length;
  if ((page.counts.signatories !== undefined && signed !== page.counts.signatories) || bound !== page.counts.parties) fail(`${spec.treaty}: the page says ${page.counts.signatories} signatories and ${page.counts.parties} parties; its rows give ${signed} and ${bound}`);
  const events = page.participants.flatMap((row) => rowEvents(spec, page, row));
  events.forEach(add);
  if (spec.protocolConsents) protocolEvents(spec, page, events).forEach(add);
  noteActions(spec, page).forEach(add);
}
for (const e of curated.otherEvents) add(otherEvent(e));

// The whole dataset, as the product will load it: schema, references, and every timeline the engine builds.
const files = Object.fromEntries(['sources.json', 'states.json', 'treaties.json', 'groups.json', 'events/apmbc.json', 'events/ccm.json'].map((f) => [f, readJson(join(DATA, f))]));
for (const [treatyId, events] of logs) files[`events/${treatyId}.json`] = sortEvents(events);
const loaded = parseDatasetFiles(files);
if (!loaded.ok) fail(`the product's loader refuses the result: ${JSON.stringify(loaded.error)}`);
else for (const p of indexRecord(loaded.value).problems) fail(`the engine refuses: ${p.message}`);

if (problems.length > 0) {
  console.error(`build-untc-events: ${problems.length} problem(s), nothing written:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
for (const [treatyId, events] of logs) writeFileSync(join(DATA, 'events', `${treatyId}.json`), `${JSON.stringify(files[`events/${treatyId}.json`], null, 2)}\n`);
console.log(`build-untc-events: ${[...logs].map(([t, e]) => `${t} ${e.length}`).join(', ')} events (${[...logs.values()].flat().filter((e) => !e.verified).length} unverified)`);
