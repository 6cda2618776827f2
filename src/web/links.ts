/**
 * How a page writes its links. The live server uses site-absolute paths (`/states/LTU`); the static
 * export writes each page as `<path>/index.html` and links relatively (`../../states/LTU/`), so the
 * site works from any folder of any static host, not only from a domain's root.
 */
export interface Links {
  readonly mode: 'live' | 'static';
  /** A page address: `path` is the live path (`/`, `/treaties/apmbc`), `query` optional parameters. */
  page(path: string, query?: Readonly<Record<string, string | undefined>>): string;
  /** An asset address (`site.css` → `/assets/site.css`). */
  asset(name: string): string;
}

/** Links for the live server. */
export function liveLinks(): Links {
  return { mode: 'live', page: (path, query) => path + search(query), asset: (name) => `/assets/${name}` };
}

/** Links for a page of the static export whose live path is `from`. */
export function staticLinks(from: string): Links {
  const depth = segments(from).length;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return {
    mode: 'static',
    page: (path, query) => {
      const parts = segments(path);
      return (parts.length === 0 ? up : `${up}${parts.map(encodeURIComponent).join('/')}/`) + search(query);
    },
    asset: (name) => `${up}assets/${name}`,
  };
}

/** The file a live path is written to in the static export: `/treaties/apmbc` → `treaties/apmbc/index.html`. */
export function staticFile(path: string): string {
  const parts = segments(path);
  return parts.length === 0 ? 'index.html' : `${parts.join('/')}/index.html`;
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function search(query: Readonly<Record<string, string | undefined>> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}
