/** Markup that is already safe to place in a page: built only by `html`, `raw` or `join`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value a template may interpolate: text (escaped), markup, a list of those, or nothing. */
export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * The one way pages are written: every interpolated value is escaped unless it is SafeHtml, so a
 * hostile string from the record (a title with `<script>`, a quote with `"`) comes out inert.
 * `null`, `undefined` and `false` print nothing; arrays are concatenated.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks trusted markup (generated SVG path data, our own CSS/JS) as safe. Never pass record text here. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins pieces of markup with a separator (escaped if it is text). */
export function join(items: readonly Interpolation[], separator: Interpolation = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(items.map(render).join(sep));
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the line separators are
 * written as \u escapes, so no string in the data can close the script element or open a comment.
 */
export function jsonScript(id: string, data: unknown): SafeHtml {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return html`<script type="application/json" id="${id}">${raw(json)}</script>`;
}

/** A link target is kept only if it is http(s) or site-relative: `javascript:` and `data:` addresses from the record are dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const u = url.trim();
  return /^(https?:\/\/|\/|\.\.?\/|#)/i.test(u) ? u : undefined;
}

function render(v: Interpolation): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return (v as readonly Interpolation[]).map(render).join('');
  return escapeHtml(String(v));
}
