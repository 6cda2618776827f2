/**
 * The matrix page's rules (appended to the site's one stylesheet). The table scrolls inside its own
 * box so that the header row can stay in view (sticky to the box) while 197 rows pass under it; the
 * state column stays in view when the box scrolls sideways. Wider than the text column, as the
 * pipeline board: eight treaties fit side by side on a laptop screen.
 */
export const MATRIX_CSS = `
.matrix-wrap{max-height:80vh;overflow:auto;border:1px solid var(--line);width:calc(100vw - 2rem);max-width:1500px;position:relative;left:50%;transform:translateX(-50%)}
.matrix{font-size:.9rem}
.matrix caption{text-align:left;padding:.3rem .5rem;font-weight:600}
.matrix thead th{position:sticky;top:0;z-index:2;background:var(--soft);white-space:nowrap;box-shadow:0 1px 0 var(--line)}
.matrix thead th:first-child{left:0;z-index:3}
.matrix tbody th[scope="row"],.matrix tfoot th[scope="row"]{position:sticky;left:0;z-index:1;background:#fff;min-width:11rem}
.matrix td{min-width:6.5rem}
.matrix .badge{font-size:.8rem;white-space:normal}
.matrix .since{display:block;font-size:.8rem;color:var(--muted)}
.matrix tfoot th[scope="row"],.matrix tfoot td{background:var(--soft);font-weight:600}
.matrix td.not-recorded{color:var(--muted);font-style:italic}
@media (max-width:600px){.matrix tbody th[scope="row"],.matrix tfoot th[scope="row"]{min-width:7rem}}
`;
