// The campaign-workspace pages' rules, appended to the site's one stylesheet. Stances carry their
// words; the tint behind them only repeats what the words say (ink stays above 12:1 on each tint).
const CSS = `
.stance{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.9rem;font-weight:600;border:1px solid #595959}
.stance[data-stance="supports"]{background:#ffe3d6}
.stance[data-stance="opposes"]{background:#d9ecff}
.stance[data-stance="undecided"]{background:#eeeeee}
.vote{border:1px solid var(--line);border-radius:8px;padding:.5rem 1rem;margin:.75rem 0}
.vote h3{margin-top:.4rem}
.vote-facts,.parties{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
.vote-facts dt,.parties dt{font-weight:600}
.vote-facts dd,.parties dd{margin:0}
.disagree{border-left:4px solid #8a1c00;background:#fff4f0;padding:.4rem .8rem;margin:.5rem 0}
.disagree h4{margin:.2rem 0;font-size:1rem}
.error{border-left:4px solid #8a1c00;background:#fff4f0;padding:.5rem .8rem}
form.filter,.builder .fields{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:.75rem 0;padding:.6rem .75rem;background:var(--soft);border:1px solid var(--line);border-radius:6px}
form.filter span,.builder .fields span{display:flex;flex-direction:column;gap:.15rem}
input[type="text"],select{font:inherit;color:var(--ink);border:1px solid #767676;border-radius:4px;padding:.25rem .4rem;background:#fff}
input[type="text"]:focus-visible,select:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.builder fieldset{border:1px solid var(--line);border-radius:6px;margin:.75rem 0;padding:.4rem .75rem}
.builder legend{font-weight:600;padding:0 .3rem}
.builder .choice{margin-right:1.25rem;white-space:nowrap}
.builder select{max-width:min(22rem,100%)}
.builder .fields span{max-width:100%}
a.button{display:inline-block;border:1px solid #595959;border-radius:4px;padding:.2rem .7rem;text-decoration:none;background:#fff;margin:0 .2rem .3rem 0}
a.button:hover{background:var(--soft)}
a.button:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.report-preview{width:100%;height:75vh;min-height:28rem;border:1px solid #767676;border-radius:6px;background:#fff}
.casualty-chart{margin:.5rem 0}
.casualty-chart svg{width:100%;max-width:760px;height:auto;display:block}
th .note{font-weight:400}
ul.plain{list-style:none;margin:0;padding:0}
.people-list{columns:20rem;padding-left:1.1rem}
`;

/** The stylesheet rules of the person, positions, campaign, builder and monitor pages. */
export function peopleCss(): string {
  return CSS;
}
