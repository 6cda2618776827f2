import { NO_DATA, STATUS_STYLES } from './palette.js';
import { claimsCss } from './claims-css.js';
import { libraryCss } from './library-css.js';
import { peopleCss } from './people-css.js';
import { STATUSES } from '../domain/status.js';
import { MATRIX_CSS } from './matrix-css.js';

// Text colours are checked for contrast (≥ 4.5:1) by the browser tests: ink #1b1b1b, muted #4a4a4a, links #0a4f94 on white.
const BASE = `
:root{--ink:#1b1b1b;--muted:#4a4a4a;--link:#0a4f94;--line:#c9c9c9;--soft:#f5f6f7;--focus:#b3006b}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fff}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem;z-index:10}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{border-bottom:1px solid var(--line);background:var(--soft)}
.bar{max-width:1100px;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
.brand{font-weight:700;color:var(--ink);text-decoration:none;font-size:1.1rem}
nav.main{order:3;flex-basis:100%;font-size:.92rem}
nav.main ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .8rem}
nav.main a[aria-current="page"]{font-weight:700;color:var(--ink)}
form.search{display:flex;gap:.25rem;margin-left:auto;flex-wrap:wrap;align-items:center}
input,button{font:inherit;color:var(--ink)}
input[type="search"],input[type="date"]{border:1px solid #767676;border-radius:4px;padding:.25rem .4rem;background:#fff}
button{border:1px solid #595959;border-radius:4px;padding:.25rem .7rem;background:#fff;cursor:pointer}
main{max-width:1100px;margin:0 auto;padding:1rem;overflow-wrap:break-word}
.source-entry,.cites,blockquote,.note{overflow-wrap:anywhere}
h1{font-size:1.7rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.3rem;margin:1.75rem 0 .5rem}
h3{font-size:1.1rem;margin:1.25rem 0 .4rem}
.lede{font-size:1.1rem;color:var(--muted);margin:.25rem 0 1rem}
.muted,.note{color:var(--muted)}
.note{font-size:.9rem}
.date-control{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.75rem 0;padding:.6rem .75rem;background:var(--soft);border:1px solid var(--line);border-radius:6px}
.date-control input[type="range"]{flex:1 1 260px;min-width:180px;accent-color:#0a4f94}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0;padding:0;list-style:none}
.counts li{border:1px solid var(--line);border-radius:6px;padding:.4rem .7rem;min-width:9rem}
.counts .n{display:block;font-size:1.6rem;font-weight:700;line-height:1.1}
.counts code{font-size:.8rem;color:var(--muted)}
.map-wrap{position:relative;margin:.5rem 0}
svg.map{width:100%;height:auto;display:block;background:#fff}
svg.map path,svg.map circle{stroke:#fff;stroke-width:.5}
svg.map circle{stroke:#1b1b1b;stroke-width:.8}
svg.map a:hover path,svg.map a:hover circle{stroke:#1b1b1b;stroke-width:1.5}
svg.map [data-uncertain="true"]{stroke:#1b1b1b;stroke-dasharray:2 2;stroke-width:1}
.card{position:absolute;z-index:5;max-width:240px;background:#fff;border:1px solid #595959;border-radius:6px;padding:.4rem .6rem;font-size:.9rem;box-shadow:0 2px 6px rgba(0,0,0,.2);pointer-events:none;display:flex;flex-direction:column}
.card-source{color:var(--muted);font-size:.8rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem 1.1rem;list-style:none;padding:0;margin:.5rem 0;font-size:.95rem}
.legend li{display:flex;align-items:center;gap:.4rem}
.legend svg{flex:none}
.legend .count{color:var(--muted)}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.9rem;white-space:nowrap}
.table-wrap{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.95rem}
td.since{white-space:nowrap}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft)}
.charts{display:grid;grid-template-columns:4fr 3fr;gap:1rem;align-items:start}
.chart{width:100%;height:auto;display:block}
.chart .tick line{stroke:#e3e3e3}
.chart text{font-size:13px;fill:var(--muted)}
.chart .line,.chart-sample .line{fill:none;stroke-width:2.5}
.deposited{stroke:#0072B2}
.in-force{stroke:#1b1b1b;stroke-dasharray:6 4;stroke-width:2}
.chart-sample{vertical-align:middle;margin-right:.35rem}
.chart .fall circle{fill:none;stroke:#D55E00;stroke-width:2.5}
.chart .fall line{stroke:#1b1b1b}
.chart .fall text{fill:var(--ink);font-weight:600}
.chart .marker line{stroke:#b3006b;stroke-width:1.5}
.chart .marker text{fill:#b3006b;font-weight:700}
.chart-legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:.25rem 0;font-size:.95rem}
.small-states{columns:14rem;padding-left:1.1rem;font-size:.95rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
.cards > section{border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem}
.source-entry h3{font-size:1.02rem}
.timeline{list-style:none;padding:0;margin:0}
.timeline > li{border-left:3px solid var(--line);padding:.3rem 0 .6rem .8rem;margin-left:.3rem}
.timeline .when{font-weight:700}
blockquote{margin:.3rem 0 .3rem 0;padding:.2rem .7rem;border-left:3px solid #8a8a8a;background:var(--soft);font-size:.93rem}
.cites{margin:.3rem 0 0;padding-left:1.1rem;font-size:.93rem}
.unverified{color:#8a1c00;font-weight:600}
.locator{width:260px;height:auto;float:right;margin:0 0 1rem 1rem;border:1px solid var(--line)}
.locator .here{fill:#b3006b;stroke:#1b1b1b;stroke-width:.5}
.locator .ring{fill:none;stroke:#b3006b;stroke-width:2.5}
.board-wrap{width:calc(100vw - 2rem);max-width:1500px;position:relative;left:50%;transform:translateX(-50%)}
.board{font-size:.9rem}
.board th[scope="row"]{white-space:nowrap}
.board th[scope="col"]{min-width:5.5rem}
.board td.stage-empty{color:var(--muted)}
.board .done{font-weight:600}
footer.site{max-width:1100px;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
@media (max-width:800px){.charts{grid-template-columns:1fr}}
@media (max-width:600px){h1{font-size:1.4rem}.locator{float:none;display:block;margin:0 auto 1rem;width:100%;max-width:360px}form.search{margin-left:0}.counts li{min-width:0;flex:1 1 45%}}
`;

/** The site's one stylesheet: the base rules plus each status's fill, derived from the palette so the legend and the map cannot disagree. */
export function siteCss(): string {
  const fills = STATUSES.map((s) => {
    const st = STATUS_STYLES[s];
    const fill = st.striped ? `url(#stripe-${s})` : st.fill;
    return `[data-status="${s}"]{fill:${fill}}.badge[data-status="${s}"]{background:${st.fill};color:${st.ink}}`;
  });
  return `${BASE}${MATRIX_CSS}[data-status="none"]{fill:${NO_DATA.fill}}\n${fills.join('\n')}\n${claimsCss()}${peopleCss()}${libraryCss()}`;
}
