import { type AssetKey, assetName } from './assets.js';
import { type SafeHtml, html } from './html.js';
import type { Links } from './links.js';

/** One entry of the main navigation. `ready: false` keeps a slot for a page still to come. */
export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly ready: boolean;
  /** Served only by the live server (it computes on request): left out of the static export's navigation. */
  readonly live?: boolean;
}

/** The main navigation. The claim checker (its own issue) fills the `/claims` slot by setting `ready`. */
export const NAV: readonly NavItem[] = [
  { path: '/', label: 'Overview', ready: true },
  { path: '/treaties/apmbc', label: 'Mine Ban', ready: true },
  { path: '/treaties/ccm', label: 'Cluster Munitions', ready: true },
  { path: '/matrix', label: 'All treaties', ready: true },
  { path: '/pipeline', label: 'Withdrawals', ready: true },
  { path: '/claims', label: 'Check a claim', ready: true, live: true },
  { path: '/library', label: 'Library', ready: true, live: true },
  { path: '/campaign', label: 'Campaign', ready: true, live: true },
  { path: '/media-pack', label: 'Media packs', ready: true, live: true },
  { path: '/monitor', label: 'Casualties', ready: true },
  { path: '/sources', label: 'Sources', ready: true },
];

/** What a page tells the layout. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** The page's live path (`/states/LTU`): marks the current nav entry. */
  readonly path: string;
  readonly links: Links;
  /** Client modules, in the order they must run (the date control last: it announces the first date). */
  readonly scripts?: readonly AssetKey[];
}

/** The page shell: head, skip link, header with navigation and search, main, footer. */
export function layout(meta: PageMeta, main: SafeHtml): string {
  const l = meta.links;
  const current = (p: string): boolean => p === meta.path || (p !== '/' && meta.path.startsWith(`${p}/`));
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title} · treatywatch</title>
<meta name="description" content="${meta.description}">
<link rel="icon" href="${l.asset(assetName('icon'))}" type="image/svg+xml">
<link rel="stylesheet" href="${l.asset(assetName('css'))}">
${(meta.scripts ?? []).map((k) => html`<script type="module" src="${l.asset(assetName(k))}"></script>\n`)}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="bar">
<a class="brand" href="${l.page('/')}">treatywatch</a>
<nav class="main" aria-label="Main"><ul>${NAV.filter((n) => n.ready && (n.live !== true || l.mode === 'live')).map((n) => html`<li><a href="${l.page(n.path)}"${current(n.path) ? html` aria-current="page"` : ''}>${n.label}</a></li>`)}</ul></nav>
<form class="search" role="search" action="${l.page('/search')}" method="get">
<label for="site-q" class="visually-hidden">Find a state by any name or code</label>
<input type="search" id="site-q" name="q" placeholder="Find a state" autocomplete="off">
<button type="submit">Search</button>
</form>
</div></header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site">treatywatch — who is in, who is out, since when, and who says so. Every fact links to its source; see <a href="${l.page('/sources')}">all sources</a>.</footer>
</body>
</html>`.value}\n`;
}
