import { VERDICTS, type Verdict } from '../claims/index.js';

/**
 * How each verdict is drawn on the claim checker page: a pale highlight behind the claim, a badge with
 * the verdict in words, and an underline of its own style, so that the verdict never rests on hue
 * alone. Badge colours keep white text above 4.5:1; the highlights keep the site's ink above 13:1.
 */
export const VERDICT_STYLES: Readonly<Record<Verdict, { readonly label: string; readonly meaning: string; readonly mark: string; readonly badge: string; readonly line: string }>> = {
  supported: { label: 'Supported', meaning: 'the record bears the claim out', mark: '#d3f3da', badge: '#1a7f37', line: 'solid' },
  contradicted: { label: 'Contradicted', meaning: 'the record says otherwise', mark: '#ffd7d5', badge: '#b42318', line: 'wavy' },
  depends_on_definition: { label: 'Depends on definition', meaning: 'true counting one way (deposit, entry into force, signature), false counting the other', mark: '#ffeab0', badge: '#8a5a00', line: 'dashed' },
  disputed: { label: 'Disputed', meaning: 'the record’s sources disagree', mark: '#ead9ff', badge: '#6e40c9', line: 'double' },
  unverifiable: { label: 'Unverifiable', meaning: 'the record cannot judge it (the reason is given)', mark: '#e7eaee', badge: '#595959', line: 'dotted' },
};

const BASE = `
.claim-form textarea{display:block;width:100%;min-height:12rem;font:inherit;color:var(--ink);border:1px solid #767676;border-radius:4px;padding:.5rem;background:#fff;resize:vertical}
.claim-form textarea:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.claim-form .row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.6rem 0}
.claim-form label{font-weight:600}
.claim-error{border-left:4px solid #b42318;background:#fff1f0;padding:.5rem .75rem;margin:.75rem 0}
.claim-warn{border-left:4px solid #8a5a00;background:#fff8e1;padding:.4rem .75rem;margin:.5rem 0}
.claim-text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:1rem;line-height:1.75;max-height:40rem;overflow-y:auto}
.claim-text mark,.verdict-legend mark{color:inherit;border-radius:3px;padding:0 .1em;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.claim-text sup a{font-size:.75em;font-weight:700;text-decoration:none;margin-left:.1em}
.verdict-legend{display:flex;flex-wrap:wrap;gap:.35rem 1.1rem;list-style:none;padding:0;margin:.5rem 0;font-size:.93rem}
.verdict{display:inline-block;border-radius:4px;padding:0 .45rem;font-size:.85rem;font-weight:600;white-space:nowrap;color:#fff}
.claim-list{list-style:none;padding:0;margin:0}
.claim-list > li{border:1px solid var(--line);border-radius:6px;margin:.6rem 0;padding:.5rem .8rem}
.claim-list summary{cursor:pointer;line-height:1.8}
.claim-list .quote{font-style:italic}
.claim-list .claimed{display:block;color:var(--muted);font-size:.9rem;line-height:1.4;margin:.1rem 0 .2rem}
.claim-list .when{color:var(--muted);font-size:.88rem;margin:0 .25rem 0 .5rem}
.claim-list dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:.6rem 0}
.claim-list dt{font-weight:600}
.claim-list dd{margin:0}
.evidence{margin:.3rem 0 0;padding-left:1.1rem;font-size:.95rem}
.evidence li{margin:.3rem 0}
@media (max-width:600px){.claim-list dl{grid-template-columns:1fr}.claim-list dd{margin-bottom:.3rem}}
`;

/** The claim checker's styles (part of the site's one stylesheet). */
export function claimsCss(): string {
  const rules = VERDICTS.map((v) => {
    const s = VERDICT_STYLES[v];
    return `mark[data-verdict="${v}"]{background:${s.mark};text-decoration-style:${s.line};text-decoration-color:${s.badge}}.verdict[data-verdict="${v}"]{background:${s.badge}}`;
  });
  return `${BASE}${rules.join('\n')}\n`;
}
