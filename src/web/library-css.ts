// The document library's and review queue's rules, appended to the site's one stylesheet.
const CSS = `
mark{background:#fff0a8;color:inherit;padding:0 .1rem;border-radius:2px}
.hits{list-style:none;padding:0}
.hits > li{border-bottom:1px solid var(--line);padding:.6rem 0}
.hit-meta,.suggestion-meta{color:var(--muted);font-size:.9rem}
.snippet{margin:.3rem 0;overflow-wrap:anywhere}
.doc-text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;background:var(--soft)}
.queue{list-style:none;padding:0}
.queue > li{border:1px solid var(--line);border-radius:8px;padding:.5rem 1rem;margin:.75rem 0}
.queue .kind{display:inline-block;border:1px solid #595959;border-radius:4px;padding:0 .35rem;font-size:.85rem;font-weight:600;margin-right:.4rem}
.queue .duplicate{border-left:4px solid #8a5a00;background:#fff8e6;padding:.3rem .6rem;margin:.4rem 0}
.review-actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin-top:.4rem}
.review-actions label{display:flex;flex-direction:column;font-size:.9rem}
.review-token{border:1px solid var(--line);border-radius:8px;padding:.5rem 1rem;margin:1rem 0;background:var(--soft)}
.outcome{border-left:4px solid #1d6b2f;background:#eef8f0;padding:.5rem .8rem}
.refusal{border-left:4px solid #8a1c00;background:#fff4f0;padding:.5rem .8rem}
`;

/** The library and review rules. */
export function libraryCss(): string {
  return CSS;
}
