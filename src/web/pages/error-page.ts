import { html } from '../html.js';
import { layout } from '../layout.js';
import type { Links } from '../links.js';

/** A page for a refused request or an address that leads nowhere: what went wrong (with its stable code) and where to go. */
export function errorPage(status: number, code: string, message: string, path: string, links: Links): string {
  const title = status === 404 ? 'Not found' : 'Bad request';
  const main = html`<h1>${title}</h1>
<p><strong>${message}</strong> <span class="note">(${code})</span></p>
<p>Try <a href="${links.page('/search')}">finding a state</a>, the <a href="${links.page('/treaties/apmbc')}">Mine Ban Convention</a>, or the <a href="${links.page('/')}">overview</a>.</p>`;
  return layout({ title, description: message, path, links }, main);
}
