import type { HolderOn } from '../../domain/people/office-holders.js';
import type { PeopleRecord } from '../../domain/people/people-record.js';
import type { RecordIndex } from '../../domain/record-index.js';
import type { State } from '../../domain/state.js';
import { longDate } from '../dates.js';
import { type SafeHtml, html } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';

/** The kinds of output the builder makes. */
export const REPORT_KINDS = { media_pack: 'Media pack', letter: 'Letter to a post holder', briefing: 'Briefing note' } as const;
/** One of REPORT_KINDS. */
export type ReportKind = keyof typeof REPORT_KINDS;

/** What the builder was asked, checked: a report to preview, or the form again with what is wrong. */
export interface BuilderView {
  readonly kind: ReportKind;
  readonly on: string;
  readonly state?: State;
  readonly postId?: string;
  /** Set when the form was sent and is complete: who the letter goes to, if a letter. */
  readonly ready?: { readonly holder?: HolderOn };
  readonly error?: { readonly field: string; readonly message: string };
}

/**
 * The media-pack builder: choose what (media pack, letter, briefing), for which state or post and as
 * of which date; the page shows the report (the API's HTML, framed) and offers Markdown, HTML and
 * PDF downloads from the same API routes. A plain GET form: works without script.
 */
export function mediaPackPage(index: RecordIndex, people: PeopleRecord, v: BuilderView, links: Links): string {
  const main = html`<h1>Media pack builder</h1>
<p class="lede">Media packs, letters and briefing notes written from the live record: every figure is footnoted to its source and true on the date you choose.</p>
${v.error ? html`<p class="error" role="alert" id="form-error"><strong>${v.error.field}:</strong> ${v.error.message}</p>` : ''}
${form(index, people, v, links)}
${v.ready && !v.error ? preview(v, v.ready.holder, links) : ''}`;
  return layout({ title: 'Media pack builder', description: 'Generate a media pack, a letter to whoever holds a post on a date, or a briefing note, with sourced and footnoted facts.', path: '/media-pack', links }, main);
}

function form(index: RecordIndex, people: PeopleRecord, v: BuilderView, links: Links): SafeHtml {
  const invalid = (field: string): SafeHtml => (v.error?.field === field ? html` aria-invalid="true" aria-describedby="form-error"` : html``);
  const withData = new Set(people.data.posts.flatMap((p) => (p.iso3 ? [p.iso3] : [])));
  const states = [...index.stateList].sort((a, b) => Number(withData.has(b.iso3)) - Number(withData.has(a.iso3)) || a.name.localeCompare(b.name));
  const posts = [...people.data.posts].sort((a, b) => a.label.localeCompare(b.label));
  return html`<form class="builder" action="${links.page('/media-pack')}" method="get">
<fieldset><legend>What to build</legend>
${Object.entries(REPORT_KINDS).map(([k, label]) => html`<label class="choice"><input type="radio" name="kind" value="${k}"${k === v.kind ? html` checked` : ''}> ${label}</label>`)}
</fieldset>
<div class="fields">
<span><label for="b-state">State <span class="note">(media pack, briefing)</span></label>
<select id="b-state" name="state"${invalid('state')}>${states.map((s) => html`<option value="${s.iso3}"${s.iso3 === v.state?.iso3 ? html` selected` : ''}>${s.name}${withData.has(s.iso3) ? ' ★' : ''}</option>`)}</select></span>
<span><label for="b-post">Post written to <span class="note">(letter)</span></label>
<select id="b-post" name="to"${invalid('to')}>${posts.map((p) => html`<option value="${p.id}"${p.id === v.postId ? html` selected` : ''}>${p.label}</option>`)}</select></span>
<span><label for="b-on">Facts as of</label> <input type="date" id="b-on" name="on" value="${v.on}" required${invalid('on')}></span>
<button type="submit">Preview</button>
</div>
<p class="note">★ states with people, positions or votes in the record. A letter goes to whoever holds the post on the date.</p>
</form>`;
}

function preview(v: BuilderView, holder: HolderOn | undefined, links: Links): SafeHtml {
  const api = apiPath(v);
  if (!api) return html``;
  const url = (format: string, extra: Record<string, string> = {}): string => `${api.path}?${new URLSearchParams({ ...api.query, format, ...extra }).toString()}`;
  const title = `${REPORT_KINDS[v.kind]}${v.kind === 'letter' ? `: ${holder?.post.label ?? ''}` : `: ${v.state?.name ?? ''}`}, ${longDate(v.on)}`;
  return html`<section aria-labelledby="preview-h" class="preview"><h2 id="preview-h">${title}</h2>
${holder?.person ? html`<p>Addressed to <a href="${links.page(`/people/${holder.person.id}`)}">${holder.person.name}</a>, ${holder.post.label}${holder.membership?.acting ? ' (acting)' : ''}, who holds the post on ${longDate(v.on)}${holder.certainty === 'last_seen' ? html` <span class="unverified">(last seen in post ${holder.lastSeen ?? ''}: check before sending)</span>` : ''}.</p>` : ''}
<p class="downloads">Download: <a class="button" href="${url('md')}" download>Markdown</a> <a class="button" href="${url('html', { download: 'true' })}" download>HTML</a> <a class="button" href="${url('pdf')}" download>PDF</a> <span class="note">· <a href="${url('json')}">as JSON</a> · <a href="${url('html')}">open the HTML on its own</a></span></p>
<iframe class="report-preview" src="${url('html')}" title="Preview: ${title}"></iframe>
</section>`;
}

/** The API route of the report asked for, with its query (without the format). */
export function apiPath(v: BuilderView): { readonly path: string; readonly query: Record<string, string> } | undefined {
  if (v.kind === 'letter') return v.postId ? { path: '/v1/letter', query: { to: v.postId, on: v.on } } : undefined;
  if (!v.state) return undefined;
  return { path: `/v1/states/${v.state.iso3}/${v.kind === 'media_pack' ? 'media-pack' : 'briefing'}`, query: { on: v.on } };
}
