import type { PeopleRecord } from '../domain/people/people-record.js';
import { personView } from '../domain/people/person-view.js';
import type { RecordIndex } from '../domain/record-index.js';
import { assets } from './assets.js';
import { treatyDownloadFiles } from './downloads.js';
import { staticFile, staticLinks } from './links.js';
import { matrixSiteCsv, matrixSitePage } from './matrix-web.js';
import { monitorPage } from './pages/monitor-page.js';
import { overviewPage } from './pages/overview-page.js';
import { peoplePage } from './pages/people-page.js';
import { personPage } from './pages/person-page.js';
import { pipelinePage } from './pages/pipeline-page.js';
import { positionsPage } from './pages/positions-page.js';
import { searchPage } from './pages/search-page.js';
import { sourcesPage } from './pages/sources-page.js';
import { statePage } from './pages/state-page.js';
import { treatyPage } from './pages/treaty-page.js';

/** One file of the static site: its path relative to the site's folder and its content. */
export interface SiteFile {
  readonly path: string;
  readonly body: string;
}

/** The file that marks a folder as a treatywatch site (so that exporting again may replace it). */
export const SITE_MARKER = 'treatywatch-site.json';

/**
 * The whole public site as static files: every page as `<path>/index.html` with relative links, the
 * assets, and a marker. The pages are the live server's, as of `on`; the slider's data is inside
 * each page, so `?on=` works from any static host with no server. The public people pages (people,
 * positions, casualty figures) are as of `on` only; the campaign tools stay on the live server.
 */
export function renderSite(index: RecordIndex, people: PeopleRecord, on: string, today: string): SiteFile[] {
  const withPositions = positionStates(people);
  const pages: [string, (path: string) => string][] = [
    ['/', (p) => overviewPage(index, on, staticLinks(p))],
    ...[...index.treaties.values()].map((t): [string, (path: string) => string] => [`/treaties/${t.id}`, (p) => treatyPage(index, t, on, today, staticLinks(p))]),
    ...index.stateList.map((s): [string, (path: string) => string] => [`/states/${s.iso3}`, (p) => statePage(index, s, on, staticLinks(p), today, withPositions.has(s.iso3))]),
    ...index.stateList.filter((s) => withPositions.has(s.iso3)).map((s): [string, (path: string) => string] => [`/states/${s.iso3}/positions`, (p) => positionsPage(index, people, s, on, staticLinks(p))]),
    ['/matrix', (p) => matrixSitePage(index, on, today, staticLinks(p))],
    ['/pipeline', (p) => pipelinePage(index, people, on, today, staticLinks(p))],
    ['/sources', (p) => sourcesPage(index, people, staticLinks(p))],
    ['/search', (p) => searchPage(index, undefined, staticLinks(p))],
    ['/monitor', (p) => monitorPage(index, people, on, staticLinks(p))],
    ['/people', (p) => peoplePage(people, on, staticLinks(p))],
    ...people.data.persons.map((person): [string, (path: string) => string] => [`/people/${person.id}`, (p) => personPage(personView(index, people, person, on), staticLinks(p))]),
  ];
  const files: SiteFile[] = pages.map(([path, render]) => ({ path: staticFile(path), body: render(path) }));
  files.push(matrixSiteCsv(index, on));
  // The treaty pages' downloads for the export's date, next to each page (no server to make them).
  for (const t of index.treaties.values()) files.push(...treatyDownloadFiles(index, t, on, today, staticLinks(`/treaties/${t.id}`)));
  for (const a of assets().values()) files.push({ path: `assets/${a.name}`, body: a.body });
  files.push({ path: SITE_MARKER, body: `${JSON.stringify({ generator: 'treatywatch export-site', on, today, pages: pages.length }, null, 2)}\n` });
  return files;
}

/** The states with something on a positions page: an office, a question asked of them, or a vote (the other states' pages would be empty). */
function positionStates(people: PeopleRecord): ReadonlySet<string> {
  const iso3s = [...people.data.posts.map((p) => p.iso3), ...people.data.questions.map((q) => q.iso3), ...people.data.votes.map((v) => v.iso3)];
  return new Set(iso3s.filter((c): c is string => c !== undefined));
}
