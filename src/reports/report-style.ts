/** The reports' stylesheet: readable on screen, A4 in print (Chromium's print-to-PDF). */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
:root { --ink: #1d2327; --muted: #5b6670; --rule: #d5dbe0; --accent: #9c2a1d; --box: #f4f1ec; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 10.5pt/1.5 "DejaVu Serif", Georgia, serif; background: #fff; }
main { max-width: 46em; margin: 0 auto; padding: 2em 1.5em; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1.2em; }
h1 { font: 700 20pt/1.2 "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 0 0 .3em; }
h2 { font: 700 13pt/1.3 "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 1.6em 0 .5em; color: var(--accent); break-after: avoid; }
h3 { font: 700 10.5pt/1.3 "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 0 0 .5em; text-transform: uppercase; letter-spacing: .04em; }
.subtitle { color: var(--muted); margin: 0 0 .8em; font-style: italic; }
p { margin: .5em 0; }
.lines { margin: 1em 0; }
a { color: #1f4e79; }
sup.fn { font-size: 7pt; line-height: 0; margin-left: 1px; }
sup.fn a { text-decoration: none; }
aside.facts { background: var(--box); border-left: 4px solid var(--accent); padding: .8em 1em; margin: 1em 0; break-inside: avoid; }
aside.facts dl { display: grid; grid-template-columns: 12em 1fr; gap: .25em 1em; margin: 0; }
aside.facts dt { font: 700 9pt/1.5 "DejaVu Sans", Helvetica, Arial, sans-serif; color: var(--muted); }
aside.facts dd { margin: 0; }
aside.callout { border: 1px solid #e0b4ad; background: #fdf3f1; padding: .7em 1em; margin: 1em 0; break-inside: avoid; }
aside.callout ul { margin: 0; padding-left: 1.2em; }
figure.quote { margin: .8em 0 .8em 1em; padding-left: .9em; border-left: 3px solid var(--rule); break-inside: avoid; }
figure.quote blockquote { margin: 0; font-style: italic; }
figure.quote figcaption { color: var(--muted); font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: 9.5pt; }
th, td { border-bottom: 1px solid var(--rule); padding: .3em .4em; text-align: left; vertical-align: top; }
th { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 8.5pt; color: var(--muted); text-transform: uppercase; }
figure.chart { margin: 1em 0; break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; }
figure.chart figcaption { font-size: 9pt; color: var(--muted); }
section.footnotes { margin-top: 2em; border-top: 1px solid var(--rule); font-size: 8.5pt; line-height: 1.4; }
section.footnotes h2 { font-size: 10pt; color: var(--ink); }
section.footnotes li { margin-bottom: .3em; overflow-wrap: anywhere; }
section.footnotes q { color: var(--muted); }
body.letter main { max-width: 40em; }
@media print { main { max-width: none; padding: 0; } a { color: inherit; } }
`;
