import { postsHeldOn } from '../../domain/people/office-holders.js';
import type { PeopleRecord } from '../../domain/people/people-record.js';
import { longDate } from '../dates.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';

/** Everyone in the campaign workspace, with the posts each holds on the date. */
export function peoplePage(people: PeopleRecord, on: string, links: Links): string {
  const list = [...people.data.persons].sort((a, b) => (a.familyName ?? a.name).localeCompare(b.familyName ?? b.name));
  // The campaign tools are served live only: the static export has no Campaign to go back to.
  const main = html`${links.mode === 'live' ? html`<p class="note"><a href="${links.page('/campaign')}">Campaign</a> › People</p>` : ''}
<h1>People</h1>
<p class="lede">Office holders, parliamentarians, diplomats and campaigners in the record (${list.length}), with the posts each holds on ${longDate(on)}.</p>
<ul class="people-list">${list.map((p) => {
    const posts = postsHeldOn(people, p.id, on).map((h) => h.post.label);
    return html`<li><a href="${links.page(`/people/${p.id}`)}">${p.name}</a>${posts.length > 0 ? html` — <span class="note">${posts.join('; ')}</span>` : ''}</li>`;
  })}</ul>`;
  return layout({ title: 'People', description: 'Everyone in the campaign workspace, with the posts they hold.', path: '/people', links }, main);
}
