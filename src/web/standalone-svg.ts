import { STATUSES } from '../domain/status.js';
import { NO_DATA, STATUS_STYLES } from './palette.js';

/**
 * The styles a downloaded SVG carries inside itself: on the page the map and the chart are coloured by
 * the site's stylesheet, which a file opened on its own (in a graphics program, a newsroom CMS) lacks.
 * Literal colours only (no CSS variables), derived from the same palette as the page.
 */
export function downloadSvgCss(): string {
  const fills = STATUSES.map((s) => `[data-status="${s}"]{fill:${STATUS_STYLES[s].striped ? `url(#stripe-${s})` : STATUS_STYLES[s].fill}}`);
  return [
    `[data-status="none"]{fill:${NO_DATA.fill}}`,
    ...fills,
    '.map path,.map circle{stroke:#fff;stroke-width:.5}',
    '.map circle{stroke:#1b1b1b;stroke-width:.8}',
    '.map [data-uncertain="true"]{stroke:#1b1b1b;stroke-dasharray:2 2;stroke-width:1}',
    'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
    '.chart .tick line{stroke:#e3e3e3}',
    '.chart text{font-size:13px;fill:#595959}',
    '.chart .line{fill:none;stroke-width:2.5}',
    '.chart .line.deposited{stroke:#0072B2}',
    '.chart .line.in-force{stroke:#1b1b1b;stroke-dasharray:6 4;stroke-width:2}',
    '.chart .fall circle{fill:none;stroke:#D55E00;stroke-width:2.5}',
    '.chart .fall line{stroke:#1b1b1b}',
    '.chart .fall text{fill:#1b1b1b;font-weight:600}',
    '.chart .marker line{stroke:#b3006b;stroke-width:1.5}',
    '.chart .marker text{fill:#b3006b;font-weight:700}',
  ].join('');
}

/**
 * An inline `<svg>` (as the page holds it, or as the browser serialises it) made a standalone SVG file:
 * the SVG namespace, a white background, the styles inside, and no valueless attributes (XML has none).
 * Shipped to the browser by its source too (the downloads module): it must use nothing from outside.
 */
export function standaloneSvg(svg: string, css: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg.trim());
  if (!open) return svg;
  let head = open[0].replace(/\s(data-[a-z-]+)(?=[\s>])/g, ' $1=""');
  if (!/\sxmlns=/.test(head)) head = head.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  const css2 = css.replace(/]]>/g, '');
  const rest = svg.trim().slice(open[0].length);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}<style><![CDATA[${css2}]]></style><rect width="100%" height="100%" fill="#fff"/>${rest}\n`;
}
