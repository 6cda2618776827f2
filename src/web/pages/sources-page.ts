import { rangeOf } from '../../domain/calendar-date.js';
import type { PeopleRecord } from '../../domain/people/people-record.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../domain/source.js';
import { eventLabel, sourceAnchor } from '../components.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html, safeUrl } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';

/** One fact a source supports, in words, with where to read it. */
interface Support {
  readonly text: string;
  readonly href: string;
  readonly sortKey: string;
}

/** Every source in the record and in the campaign workspace, grouped by kind, each with its address, quoted passage and every fact it supports. */
export function sourcesPage(index: RecordIndex, people: PeopleRecord, links: Links): string {
  const supports = supportIndex(index, people, links);
  const all = [...index.dataset.sources, ...people.data.sources.filter((s) => !index.sources.has(s.id))];
  const kinds = SOURCE_KINDS.filter((k) => all.some((s) => s.kind === k));
  const main = html`<h1>Sources</h1>
<p class="lede">${all.length} documents, and what the record takes from each.</p>
<nav aria-label="Kinds of source"><ul>${kinds.map((k) => html`<li><a href="#kind-${k}">${KIND_NAMES[k]}</a></li>`)}</ul></nav>
${kinds.map((k) => html`<section aria-labelledby="kind-${k}"><h2 id="kind-${k}">${KIND_NAMES[k]}</h2>
${all.filter((s) => s.kind === k).sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title)).map((s) => entry(s, supports.get(s.id) ?? []))}
</section>`)}`;
  return layout({ title: 'Sources', description: 'Every document the record cites, with the passages quoted and the facts each supports.', path: '/sources', links }, main);
}

function entry(s: Source, facts: readonly Support[]): SafeHtml {
  const url = safeUrl(s.url);
  const list = html`<ul>${facts.map((f) => html`<li><a href="${f.href}">${f.text}</a></li>`)}</ul>`;
  return html`<article id="${sourceAnchor(s.id)}" class="source-entry">
<h3>${url ? html`<a href="${url}" rel="noopener">${s.publisher}: “${s.title}”</a>` : html`${s.publisher}: “${s.title}”`}</h3>
<p class="note">Source ${s.id}${s.date ? html` · published ${s.date}` : ''}${s.retrieved ? html` · retrieved ${longDate(s.retrieved)}` : ''}${(s.alsoAt ?? []).map((a) => {
    const u = safeUrl(a);
    return u ? html` · <a href="${u}" rel="noopener">also at</a>` : '';
  })}</p>
${s.quote ? html`<blockquote>${s.quote}</blockquote>` : ''}
${s.notes ? html`<p class="note">${s.notes}</p>` : ''}
${facts.length === 0 ? html`<p class="note">Supports no event directly (background).</p>` : facts.length <= 8 ? html`<p>Supports:</p>${list}` : html`<details><summary>Supports ${facts.length} facts</summary>${list}</details>`}
</article>`;
}

const KIND_NAMES: Record<SourceKind, string> = {
  depositary: 'The depositary',
  treaty_text: 'Treaty texts',
  government: 'Governments',
  intergovernmental: 'Intergovernmental bodies',
  ngo: 'Non-governmental organisations',
  news: 'News',
  dataset: 'Datasets',
  reference: 'Reference works',
};

const cache = new WeakMap<RecordIndex, { people: PeopleRecord; supports: ReadonlyMap<string, readonly Support[]> }>();

/** Source id → the facts citing it (events, their stated effects, treaties, group memberships, workspace steps, votes, statements). Built once per record. */
function supportIndex(index: RecordIndex, people: PeopleRecord, links: Links): ReadonlyMap<string, readonly Support[]> {
  const hit = links.mode === 'live' ? cache.get(index) : undefined;
  if (hit?.people === people) return hit.supports;
  const out = new Map<string, Support[]>();
  const add = (sourceId: string, s: Support): void => {
    const list = out.get(sourceId);
    if (list) list.push(s);
    else out.set(sourceId, [s]);
  };
  const standing = new Set([...index.eventsByState.values()].flat().map((e) => e.id));
  for (const e of index.dataset.events) {
    const state = index.states.get(e.iso3)?.name ?? e.iso3;
    const treaty = e.treatyId === null ? '' : `${index.treaties.get(e.treatyId)?.shortName ?? e.treatyId}: `;
    const base = `${state} — ${treaty}${eventLabel(e).toLowerCase()}, ${e.date.value}${standing.has(e.id) ? '' : ' (since corrected)'}`;
    const href = `${links.page(`/states/${e.iso3}`)}#event-${e.id}`;
    for (const c of e.sources) add(c.sourceId, { text: base, href, sortKey: `${state}${e.date.value}` });
    for (const c of e.statedEffect?.sources ?? []) add(c.sourceId, { text: `${base}: effect on ${e.statedEffect?.date ?? ''}`, href, sortKey: `${state}${e.date.value}` });
  }
  for (const t of index.dataset.treaties) for (const c of t.sources) add(c.sourceId, { text: `${t.shortName}: the treaty's dates and rules`, href: links.page(`/treaties/${t.id}`), sortKey: ` ${t.shortName}` });
  for (const m of index.dataset.memberships) {
    const state = index.states.get(m.iso3)?.name ?? m.iso3;
    for (const c of m.sources) add(c.sourceId, { text: `${state} — member of ${index.groups.get(m.groupId)?.name ?? m.groupId} from ${m.joined}${m.left ? ` to ${m.left}` : ''}`, href: links.page(`/states/${m.iso3}`), sortKey: `${state}${m.joined}` });
  }
  const name = (iso3: string): string => index.states.get(iso3)?.name ?? iso3;
  for (const st of people.data.pipelineSteps) for (const c of st.sources) add(c.sourceId, { text: `${name(st.iso3)} — ${st.label}, ${st.date.value}`, href: links.page('/pipeline', { on: rangeOf(st.date).latest }), sortKey: `${name(st.iso3)}${st.date.value}` });
  for (const v of people.data.votes) for (const c of v.sources) add(c.sourceId, { text: `${name(v.iso3)} — vote of ${people.organizations.get(v.bodyId)?.name ?? v.bodyId}, ${v.date}`, href: links.page('/pipeline', { on: v.date }), sortKey: `${name(v.iso3)}${v.date}` });
  for (const st of people.data.statements) {
    const who = people.persons.get(st.speakerId)?.name ?? st.speakerId;
    for (const c of st.sources) add(c.sourceId, { text: `${who}: “${st.quote.length > 90 ? `${st.quote.slice(0, 90)}…` : st.quote}”, ${st.date.value}`, href: `#${sourceAnchor(c.sourceId)}`, sortKey: `~${who}${st.date.value}` });
  }
  for (const list of out.values()) list.sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'en'));
  if (links.mode === 'live') cache.set(index, { people, supports: out });
  return out;
}
