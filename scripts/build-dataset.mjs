#!/usr/bin/env node
// Builds the shipped dataset (data/*.json, data/events/*.json) from the reference tables in
// ../shared/reference/ and the hand-written parts in data/curated/. Dev-time only: run it by hand,
// `node scripts/build-dataset.mjs`; the product and CI never run it and never read ../shared.
// It refuses to write anything while one check fails: every CSV date is compared with the
// depositary's stored status pages, every quote with the text it claims to quote, and every
// source address of the CSVs must map to a source record.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REF = process.env.TREATYWATCH_REFERENCE ?? join(ROOT, '..', 'shared', 'reference');
const DATA = join(ROOT, 'data');
const CURATED = join(DATA, 'curated');
// Debian's iso-codes package: the ISO 3166-1 table, for the alpha-2 codes (apt-get install iso-codes).
const ISO_CODES = process.env.ISO_CODES_JSON ?? '/usr/share/iso-codes/json/iso_3166-1.json';
const RECORDED = { recordedBy: 'dataset', recordedAt: '2026-11-23T00:00:00Z' };
const UNTC_FILES = { apmbc: 'untc/XXVI-5-apmbc-status-2026-02-03.html', ccm: 'untc/XXVI-6-ccm-status-2026-02-03.html' };
const UNTC_SOURCE = { apmbc: 'untc-xxvi-5', ccm: 'untc-xxvi-6' };
// The other chapter XXVI pages: their events come from scripts/build-untc-events.mjs; here they check the treaties' quotes.
const MORE_UNTC = { 'untc-xxvi-1': 'XXVI-1-enmod', 'untc-xxvi-2': 'XXVI-2-ccw', 'untc-xxvi-2-a': 'XXVI-2-a-ccw-protocol-iv', 'untc-xxvi-2-b': 'XXVI-2-b-ccw-amended-protocol-ii', 'untc-xxvi-2-c': 'XXVI-2-c-ccw-article-1-amendment', 'untc-xxvi-2-d': 'XXVI-2-d-ccw-protocol-v', 'untc-xxvi-3': 'XXVI-3-cwc', 'untc-xxvi-4': 'XXVI-4-ctbt', 'untc-xxvi-8': 'XXVI-8-att', 'untc-xxvi-9': 'XXVI-9-tpnw' };
const UNTC_MARKERS = { '': 'ratification', A: 'acceptance', AA: 'approval', a: 'accession', d: 'succession' };
const MONTHS = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };

const problems = [];
/** Records a failed check; the run stops before writing if any was recorded. */
const fail = (message) => problems.push(message);

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const readRef = (name) => readFileSync(join(REF, name), 'utf8');
const readCsv = (name) => parse(readRef(name), { columns: true, skip_empty_lines: true });

/** Same rule as normaliseName in src/domain/state.ts: the loader checks alias clashes with it. */
function normaliseName(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

function decodeEntities(text) {
  const named = { nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”' };
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, n) => named[n.toLowerCase()] ?? m);
}

/** The visible text of an HTML page, tags dropped without spaces (links sit inside sentences). */
const pageText = (html) => squash(decodeEntities(html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<[^>]+>/g, '')));

/** Whether every fragment of a quote (split at ' … ' and ' ¶ ') occurs in the text. */
function quoteFound(quote, text) {
  const hay = squash(text);
  const body = quote.startsWith('(summary) ') ? quote.slice('(summary) '.length) : quote;
  return body
    .split(/\s*(?:…|¶)\s*/)
    .map((f) => f.replace(/[.,;:]+$/, '').trim())
    .filter((f) => f.length > 0)
    .every((f) => hay.includes(f));
}

const toIso = (d, m, y) => `${y}-${String(MONTHS[m]).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

// ---------------------------------------------------------------- sources

function buildSources() {
  const lists = ['sources-apmbc.json', 'sources-ccm.json', 'sources-groups.json', 'sources-disarmament.json'].map((f) => readJson(join(CURATED, f)).sources);
  const sources = [];
  const byRef = new Map();
  for (const { refs = [], ...source } of lists.flat()) {
    if (sources.some((s) => s.id === source.id)) fail(`source id ${source.id} is defined twice`);
    sources.push(source);
    for (const ref of refs) byRef.set(ref, source.id);
  }
  return { sources, byRef, ids: new Set(sources.map((s) => s.id)) };
}

/** A citation from the curated shorthand: a source id or { sourceId, quote }. */
const citation = (c) => (typeof c === 'string' ? { sourceId: c } : c);

/** Citations in order, each source once (the first form given wins). */
function citations(list) {
  const out = [];
  for (const c of list.map(citation)) if (!out.some((o) => o.sourceId === c.sourceId)) out.push(c);
  return out;
}

// ---------------------------------------------------------------- UN Treaty Collection pages

/** Participant rows of a stored UNTC status page: name, signature, instrument date and kind, bracketed (withdrawn). */
function parseUntc(html) {
  const table = /<table id="[^"]*_tblgrid"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const clean = (cell) => squash(decodeEntities(cell.replace(/<sup>[\s\S]*?<\/sup>/gi, '').replace(/<[^>]+>/g, '')));
  const rows = [];
  for (const tr of table.split(/<tr[^>]*>/).slice(1)) {
    const cells = [...tr.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => clean(m[1]));
    if (cells.length < 3 || cells[0] === 'Participant') continue;
    const bracketed = cells.some((c) => c.includes('['));
    const date = (cell) => {
      const m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: ([a-zA-Z]+))?$/.exec(cell.replace(/[[\]]/g, '').trim());
      return m ? { date: toIso(m[1], m[2], m[3]), marker: m[4] ?? '' } : undefined;
    };
    const instrument = date(cells[cells.length - 1]);
    rows.push({
      name: cells[0],
      signature: date(cells[1])?.date,
      deposit: instrument?.date,
      kind: instrument ? UNTC_MARKERS[instrument.marker] : undefined,
      bracketed,
    });
  }
  return rows;
}

// ---------------------------------------------------------------- states

function buildStates(untcPages) {
  const curated = readJson(join(CURATED, 'states.json')).states;
  const iso = new Map(readJson(ISO_CODES)['3166-1'].map((c) => [c.alpha_3, c]));
  const rows = readCsv('apmbc-states.csv');
  const otherNames = new Map();
  const addName = (iso3, name) => otherNames.set(iso3, [...(otherNames.get(iso3) ?? []), name]);
  for (const r of readCsv('ccm-states.csv')) addName(r.iso3, r.name);
  for (const r of readCsv('org-memberships.csv')) addName(r.iso3, r.name);
  const states = rows.map((r) => {
    const c = iso.get(r.iso3);
    if (!c) fail(`${r.iso3} (${r.name}) is not an ISO 3166-1 alpha-3 code in iso-codes`);
    const name = curated[r.iso3]?.name ?? r.name;
    const state = { iso3: r.iso3, iso2: c?.alpha_2 ?? '??', name, ...(r.name !== name ? { officialName: r.name } : {}), aliases: [...(curated[r.iso3]?.aliases ?? [])] };
    const isoNames = c ? [c.name, c.common_name, c.official_name].filter((n) => n && !n.includes(',')) : [];
    for (const n of [...(otherNames.get(r.iso3) ?? []), ...isoNames]) addAlias(state, n);
    return state;
  });
  if (states.length !== 197) fail(`expected 197 states, found ${states.length}`);
  const index = nameIndex(states);
  // The depositary's own names ("Bahamas (The)", "St. Kitts and Nevis") must resolve too.
  for (const [treaty, rowsOfPage] of Object.entries(untcPages)) {
    for (const row of rowsOfPage) {
      const iso3 = index.get(normaliseName(row.name)) ?? curatedUntcName(row.name, states);
      if (!iso3) fail(`${treaty}: UNTC participant "${row.name}" matches no state`);
      else {
        row.iso3 = iso3;
        addAlias(states.find((s) => s.iso3 === iso3), row.name);
      }
    }
  }
  for (const r of otherNames.keys()) if (!index.has(normaliseName(r)) && !states.some((s) => s.iso3 === r)) fail(`unknown iso3 ${r} in ccm-states.csv or org-memberships.csv`);
  return states;
}

/** A UNTC name whose normalised form is a state's name with a parenthesised article, e.g. "Bahamas (The)". */
function curatedUntcName(name, states) {
  const bare = normaliseName(name.replace(/\((the|The)\)/, ''));
  return states.find((s) => normaliseName(s.name) === bare)?.iso3;
}

/** Adds a name as an alias unless the state already answers to it. */
function addAlias(state, name) {
  const known = [state.name, state.officialName, ...state.aliases].filter(Boolean).map(normaliseName);
  if (!known.includes(normaliseName(name))) state.aliases.push(name);
}

/** Every name of every state (codes included) to its iso3; a name claimed twice is a failure. */
function nameIndex(states) {
  const out = new Map();
  for (const s of states) {
    for (const n of [s.iso3, s.iso2, s.name, s.officialName, ...s.aliases].filter(Boolean)) {
      const key = normaliseName(n);
      const other = out.get(key);
      if (other && other !== s.iso3) fail(`name "${n}" resolves to both ${other} and ${s.iso3}`);
      out.set(key, s.iso3);
    }
  }
  return out;
}

// ---------------------------------------------------------------- treaties

function buildTreaties(untcText, sourceIds) {
  const articles = readRef('treaty-articles.md') + '\n' + readRef('ccm-notes.md') + '\n' + readRef('treaty-articles-more.md');
  const treaties = readJson(join(CURATED, 'treaties.json')).treaties;
  for (const t of treaties) {
    const untc = untcText[t.id];
    const sig = t.rules.signature;
    const quotes = [t.rules.entryIntoForce.quote, t.rules.withdrawal?.quote, t.rules.withdrawal?.armedConflictQuote, ...t.rules.deadlines.map((d) => d.quote), sig?.quote, sig?.nonSignatories?.quote];
    for (const q of quotes.filter(Boolean)) if (!quoteFound(q, articles)) fail(`${t.id}: rule quote not found in treaty-articles.md / ccm-notes.md: ${q.slice(0, 80)}`);
    for (const key of ['adopted', 'openedForSignature', 'entryIntoForce']) {
      for (const c of t[key]?.sources ?? []) {
        if (!sourceIds.has(c.sourceId)) fail(`${t.id}.${key}: unknown source ${c.sourceId}`);
        if (c.quote && c.sourceId === UNTC_SOURCE[t.id] && !quoteFound(c.quote, untc)) fail(`${t.id}.${key}: quote not on the UNTC page: ${c.quote}`);
      }
    }
    t.rules.entryIntoForce.quote = t.rules.entryIntoForce.quote.replace(/ ¶ /g, ' ');
    if (t.rules.withdrawal) t.rules.withdrawal.quote = t.rules.withdrawal.quote.replace(/ ¶ /g, ' ');
    if (sig?.quote) sig.quote = sig.quote.replace(/ ¶ /g, ' ');
    if (sig?.nonSignatories) sig.nonSignatories.quote = sig.nonSignatories.quote.replace(/ ¶ /g, ' ');
  }
  return treaties;
}

// ---------------------------------------------------------------- events

/** Whether a notes cell still marks a value as unverified (a "SOURCED (was UNVERIFIED …)" value is verified now). */
function unverifiedNote(notes) {
  const rest = notes.replace(/\(was UNVERIFIED[^)]*\)/g, '').replace(/\(earlier derived[^)]*\)/g, '');
  return /UNVERIFIED|from memory|\bderived\b/i.test(rest);
}

const dayDate = (value) => ({ value, precision: 'day' });

function baseEvent(treatyId, iso3, kind, date, sources, verified, note) {
  return { id: `${treatyId}-${iso3}-${kind.replace(/_/g, '-')}`, iso3, treatyId, kind, date, sources, verified, ...(note ? { note } : {}), ...RECORDED };
}

/** Compares a CSV row with the depositary's row; a match adds the depositary as the first citation. */
function untcCheck(treatyId, row, untcRow, field, kind) {
  if (!untcRow) return false;
  const value = field === 'signature' ? untcRow.signature : untcRow.deposit;
  if (value !== row[field === 'signature' ? 'signature' : 'deposit']) {
    fail(`${treatyId} ${row.iso3}: ${field} ${row[field]} but the UNTC page says ${value ?? 'nothing'}`);
    return false;
  }
  if (kind !== undefined && untcRow.kind !== kind) fail(`${treatyId} ${row.iso3}: kind ${kind} but the UNTC page says ${untcRow.kind}`);
  return true;
}

function withdrawalEvent(treatyId, row, spec, verified, untcText) {
  if (!spec) {
    fail(`${treatyId} ${row.iso3}: a withdrawal with no curated sources`);
    return undefined;
  }
  for (const c of [...spec.sources, ...spec.effect].map(citation)) {
    if (c.sourceId === UNTC_SOURCE[treatyId] && c.quote && !quoteFound(c.quote, untcText)) fail(`${treatyId} ${row.iso3}: end-note quote not on the UNTC page: ${c.quote}`);
  }
  if (spec.details.notificationUrl && !untcText.includes(spec.details.notification.split('.TREATIES')[0])) fail(`${treatyId} ${row.iso3}: notification not on the UNTC page`);
  // The CSV note predates the stored status pages; say where the notification number comes from.
  const found = `Depositary notification ${spec.details.notification} of ${spec.details.notificationDate}: from the end notes of the UN Treaty Collection status page as at 2026-02-03.`;
  return {
    ...baseEvent(treatyId, row.iso3, 'withdrawal', dayDate(row.withdrawal_deposit), citations(spec.sources), verified, `${row.notes} | ${found}`),
    statedEffect: { date: row.withdrawal_effective, sources: citations(spec.effect) },
    details: spec.details,
  };
}

function apmbcEvents(untcRows, untcText) {
  const spec = readJson(join(CURATED, 'events.json')).apmbc;
  const untc = new Map(untcRows.map((r) => [r.iso3, r]));
  const events = [];
  const rowSources = [];
  for (const row of readCsv('apmbc-states.csv')) {
    const ids = row.source.split(';').map((s) => s.trim());
    const o = spec.rows[row.iso3] ?? {};
    const has = (id) => (ids.includes(id) ? [id] : []);
    const verified = !unverifiedNote(row.notes);
    const u = untc.get(row.iso3);
    if (row.signature) {
      const depositary = untcCheck('apmbc', row, u, 'signature') ? ['untc-xxvi-5'] : [];
      const s5 = spec.s5Signatures.includes(row.iso3) ? ['S5'] : [];
      const sources = citations([...depositary, ...has('S1'), ...s5, ...(o.signatureExtra ?? [])]);
      events.push(baseEvent('apmbc', row.iso3, 'signature', dayDate(row.signature), sources, verified, /sign/i.test(row.notes) ? row.notes : undefined));
    }
    if (row.deposit_kind) {
      const date = row.deposit ? dayDate(row.deposit) : o.depositDate;
      if (!date) fail(`apmbc ${row.iso3}: a deposit with no date and no curated partial date`);
      const depositary = row.deposit && untcCheck('apmbc', row, u, 'deposit', row.deposit_kind) ? ['untc-xxvi-5'] : [];
      const s5 = spec.s5Instruments.includes(row.iso3) ? ['S5'] : [];
      const sources = citations([...depositary, ...(o.deposit ?? [...has('S1'), ...has('S2'), ...s5]), ...(o.depositExtra ?? [])]);
      const event = baseEvent('apmbc', row.iso3, row.deposit_kind, date, sources, verified, o.depositNote ?? row.notes);
      if (row.entry_into_force) {
        event.statedEffect = { date: row.entry_into_force, sources: citations([...(o.effect ?? has('S1')), ...(o.effectExtra ?? [])]) };
        if (row.deposit_kind === 'succession') event.effectiveFrom = row.entry_into_force;
      }
      events.push(event);
    }
    if (row.withdrawal_deposit) events.push(withdrawalEvent('apmbc', row, o.withdrawal, verified, untcText));
    rowSources.push([row.iso3, ids]);
  }
  for (const e of spec.extraEvents) events.push({ ...e, sources: citations(e.sources), verified: true, ...RECORDED });
  for (const [iso3, ids] of rowSources) checkRowSources('apmbc', iso3, ids, events.filter((e) => e.iso3 === iso3));
  checkUntcCoverage('apmbc', untcRows, events);
  return sortEvents(events);
}

function ccmEvents(untcRows, untcText, byRef) {
  const spec = readJson(join(CURATED, 'events.json')).ccm;
  const untc = new Map(untcRows.map((r) => [r.iso3, r]));
  const events = [];
  for (const row of readCsv('ccm-states.csv')) {
    const ids = row.source.split(' ; ').map((s) => s.trim()).map((ref) => byRef.get(ref) ?? (fail(`ccm ${row.iso3}: no source record for ${ref}`), ref));
    const o = spec.rows[row.iso3] ?? {};
    const verified = !unverifiedNote(row.notes);
    const u = untc.get(row.iso3);
    if (row.signature) {
      const depositary = untcCheck('ccm', row, u, 'signature') ? ['untc-xxvi-6'] : [];
      const sources = citations([...depositary, ...(o.signature ?? ids)]);
      events.push(baseEvent('ccm', row.iso3, 'signature', dayDate(row.signature), sources, verified, /sign/i.test(row.notes) ? row.notes : undefined));
    }
    if (row.deposit_kind) {
      const depositary = untcCheck('ccm', row, u, 'deposit', row.deposit_kind) ? ['untc-xxvi-6'] : [];
      const event = baseEvent('ccm', row.iso3, row.deposit_kind, dayDate(row.deposit), citations([...depositary, ...(o.deposit ?? ids)]), verified, row.notes);
      const effect = ccmEffectSources(row, ids, o, spec.genericSources);
      event.statedEffect = { date: row.entry_into_force, sources: citations(effect.sources) };
      if (effect.computed) event.details = { statedEffectComputed: true };
      if (row.deposit_kind === 'succession') event.effectiveFrom = row.entry_into_force;
      events.push(event);
    }
    if (row.withdrawal_deposit) events.push(withdrawalEvent('ccm', row, o.withdrawal, verified, untcText));
    checkRowSources('ccm', row.iso3, ids, events.filter((e) => e.iso3 === row.iso3));
  }
  checkUntcCoverage('ccm', untcRows, events);
  return sortEvents(events);
}

/**
 * Who states a CCM entry into force: the curated list, else the row's own press sources when the
 * notes say "stated in source", else the Tractatenblad where the row cites it; otherwise the
 * reference computed it with Art. 17 from the deposit, and we cite the treaty text and say so.
 */
function ccmEffectSources(row, ids, o, generic) {
  if (o.effect) return { sources: o.effect };
  const specific = ids.filter((id) => !generic.includes(id));
  if (/entry_into_force stated in source/.test(row.notes) && specific.length > 0) return { sources: specific };
  if (ids.includes('trb-2011-68')) return { sources: ['trb-2011-68'] };
  return { sources: ['C10'], computed: true };
}

/** Every source a CSV row lists must be cited by at least one of that row's events (rows of states that never acted have none). */
function checkRowSources(treatyId, iso3, ids, rowEvents) {
  if (rowEvents.length === 0) return;
  const cited = new Set(rowEvents.flatMap((e) => [...e.sources, ...(e.statedEffect?.sources ?? [])].map((c) => c.sourceId)));
  for (const id of ids) if (!cited.has(id)) fail(`${treatyId} ${iso3}: source ${id} of the CSV row is cited by none of its events`);
}

/** Every participant of the depositary's page must have its events, and the withdrawn ones are bracketed. */
function checkUntcCoverage(treatyId, untcRows, events) {
  for (const r of untcRows) {
    const mine = events.filter((e) => e.iso3 === r.iso3);
    if (r.signature && !mine.some((e) => e.kind === 'signature' && e.date.value === r.signature)) fail(`${treatyId} ${r.iso3}: UNTC signature ${r.signature} missing`);
    if (r.deposit && !mine.some((e) => e.kind === r.kind && e.date.value === r.deposit)) fail(`${treatyId} ${r.iso3}: UNTC ${r.kind} ${r.deposit} missing`);
    const withdrawn = mine.some((e) => e.kind === 'withdrawal' && e.statedEffect && e.statedEffect.date <= '2026-02-03');
    if (withdrawn !== r.bracketed) fail(`${treatyId} ${r.iso3}: bracketed on the UNTC page is ${r.bracketed}, withdrawn by 2026-02-03 is ${withdrawn}`);
  }
}

const EVENT_KEYS = ['id', 'iso3', 'treatyId', 'kind', 'date', 'effectiveFrom', 'statedEffect', 'details', 'sources', 'verified', 'note', 'recordedBy', 'recordedAt', 'supersedes'];
/** The same key order in every event, so the files diff well. */
function orderKeys(event) {
  const extra = Object.keys(event).filter((k) => !EVENT_KEYS.includes(k));
  if (extra.length > 0) fail(`${event.id}: unexpected keys ${extra.join(', ')}`);
  return Object.fromEntries(EVENT_KEYS.filter((k) => k in event).map((k) => [k, event[k]]));
}

const KIND_ORDER = ['signature', 'ratification', 'acceptance', 'approval', 'accession', 'succession'];
function sortEvents(events) {
  const order = (e) => (KIND_ORDER.includes(e.kind) ? KIND_ORDER.indexOf(e.kind) : 9);
  return events.map(orderKeys).sort((a, b) => a.iso3.localeCompare(b.iso3) || a.date.value.localeCompare(b.date.value) || order(a) - order(b));
}

// ---------------------------------------------------------------- groups

function buildGroups(byRef) {
  const spec = readJson(join(CURATED, 'groups.json'));
  const groupOf = new Map(spec.groups.map((g) => [g.csvOrg, g.id]));
  const memberships = readCsv('org-memberships.csv').map((r) => {
    const sources = [];
    const notes = [];
    for (const part of r.source.split(' ; ').map((s) => s.trim())) {
      const m = /^(\S+)(?:\s+\((.*)\))?$/.exec(part);
      const id = m ? byRef.get(m[1]) : undefined;
      if (!m || !id) {
        if (/^(https?:|github:)/.test(part)) fail(`${r.org} ${r.iso3}: no source record for ${part}`);
        else notes.push(part);
        continue;
      }
      const comment = m[2];
      // A source the CSV lists only to say its date is not used is kept in the note, not cited.
      if (comment && /NOT used/.test(comment)) {
        notes.push(`${id} ${comment}`);
        continue;
      }
      const quoted = comment ? /"([^"]+)"/.exec(comment) : null;
      sources.push(quoted ? { sourceId: id, quote: quoted[1] } : { sourceId: id });
      if (comment && !quoted) notes.push(`${id}: ${comment}`);
    }
    if (r.org === 'NATO' && r.joined === '1949-04-04') notes.push(spec.notes['nato-founders']);
    if (r.org === 'EU' && r.joined === '1958-01-01') notes.push(spec.notes['eu-founders']);
    return {
      groupId: groupOf.get(r.org) ?? (fail(`unknown org ${r.org}`), r.org),
      iso3: r.iso3,
      joined: r.joined,
      ...(r.left ? { left: r.left } : {}),
      sources,
      verified: true,
      ...(notes.length ? { note: notes.join(' | ') } : {}),
    };
  });
  return { groups: spec.groups.map(({ csvOrg: _csvOrg, ...g }) => g), memberships };
}

// ---------------------------------------------------------------- main

/** Every cited source exists, and every quote is one the reference gives (the depositary's pages for its own). */
function checkCitations(label, list, ids, quotable) {
  for (const c of list) {
    if (!ids.has(c.sourceId)) fail(`${label}: unknown source ${c.sourceId}`);
    const text = quotable[c.sourceId] ?? quotable.reference;
    if (c.quote && !quoteFound(c.quote, text)) fail(`${label}: quote of ${c.sourceId} not found in the reference: ${c.quote}`);
  }
}

function main() {
  if (!existsSync(ISO_CODES)) throw new Error(`${ISO_CODES} is missing: apt-get install iso-codes (or set ISO_CODES_JSON)`);
  const { sources, byRef, ids } = buildSources();
  const html = { apmbc: readRef(UNTC_FILES.apmbc), ccm: readRef(UNTC_FILES.ccm) };
  const untcText = { apmbc: pageText(html.apmbc), ccm: pageText(html.ccm) };
  const untcRows = { apmbc: parseUntc(html.apmbc), ccm: parseUntc(html.ccm) };
  const states = buildStates(untcRows);
  const treaties = buildTreaties(untcText, ids);
  const events = { apmbc: apmbcEvents(untcRows.apmbc, untcText.apmbc), ccm: ccmEvents(untcRows.ccm, untcText.ccm, byRef) };
  const groups = buildGroups(byRef);
  const reference = ['SOURCES.md', 'SOURCES-2.md', 'ccm-notes.md', 'treaty-articles.md', 'treaty-articles-more.md', 'apmbc-states.csv', 'ccm-states.csv', 'org-memberships.csv'].map(readRef).join('\n');
  const quotable = { reference: reference.replace(/""/g, '"'), [UNTC_SOURCE.apmbc]: untcText.apmbc, [UNTC_SOURCE.ccm]: untcText.ccm };
  for (const [id, page] of Object.entries(MORE_UNTC)) quotable[id] = pageText(readRef(`untc/${page}-status-2026-02-03.html`));
  for (const e of [...events.apmbc, ...events.ccm]) checkCitations(e.id, [...e.sources, ...(e.statedEffect?.sources ?? [])], ids, quotable);
  for (const m of groups.memberships) checkCitations(`${m.groupId}-${m.iso3}`, m.sources, ids, quotable);
  for (const t of treaties) checkCitations(t.id, [...t.sources, ...t.adopted.sources, ...(t.openedForSignature?.sources ?? []), ...(t.entryIntoForce?.sources ?? []), ...(t.rules.signature?.sources ?? [])], ids, quotable);
  for (const s of sources) if (s.quote && !quoteFound(s.quote, quotable.reference)) fail(`source ${s.id}: quote not found in the reference: ${s.quote}`);
  if (problems.length > 0) {
    console.error(`build-dataset: ${problems.length} problem(s), nothing written:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  mkdirSync(join(DATA, 'events'), { recursive: true });
  const write = (name, value) => writeFileSync(join(DATA, name), `${JSON.stringify(value, null, 2)}\n`);
  write('sources.json', sources);
  write('states.json', states);
  write('treaties.json', treaties);
  write('groups.json', groups);
  write('events/apmbc.json', events.apmbc);
  write('events/ccm.json', events.ccm);
  const unverified = [...events.apmbc, ...events.ccm].filter((e) => !e.verified).length;
  console.log(`build-dataset: ${states.length} states, ${sources.length} sources, ${treaties.length} treaties, events apmbc ${events.apmbc.length} / ccm ${events.ccm.length} (${unverified} unverified), ${groups.memberships.length} memberships`);
}

main();
