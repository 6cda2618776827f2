import { type Result, domainError, err, ok } from '../../domain/result.js';
import type { UntcAction } from './untc-page.js';

/** How to read one dated column: the action each marker stands for ('' = no marker). */
export interface UntcColumn {
  readonly heading: string;
  readonly markers: ReadonlyMap<string, UntcAction>;
}

// The names the depositary uses in column headings and their legends.
const NAMES: readonly [RegExp, UntcAction][] = [
  [/^provisional application\b/i, 'provisional_application'],
  [/^succession to signature$/i, 'signature'],
  [/^signature$/i, 'signature'],
  [/^definitive signature$/i, 'signature'],
  [/^ratification$/i, 'ratification'],
  [/^acceptance$/i, 'acceptance'],
  [/^approval$/i, 'approval'],
  [/^accession$/i, 'accession'],
  [/^succession$/i, 'succession'],
  // The CCW's later Protocols and its amended Article 1: "Consent to be bound(P)", a notification under Art. 4(3)-(4) or 8 of the Convention.
  [/^consent to be bound$/i, 'consent_to_be_bound'],
];

/**
 * Reads a column heading and its legend: "Ratification, Acceptance(A), Approval(AA), Accession(a),
 * Succession(d)" → unmarked = ratification, A = acceptance, … A heading it does not know is a
 * layout change, reported, never guessed.
 */
export function readColumn(heading: string): Result<UntcColumn> {
  const markers = new Map<string, UntcAction>();
  for (const part of heading.split(/,(?![^(]*\))/)) {
    const m = /^\s*(.+?)\s*(?:\(([A-Za-z]{1,3})\))?\s*$/.exec(part);
    const name = m?.[1] ?? '';
    const action = NAMES.find(([re]) => re.test(name))?.[1];
    if (m === null || action === undefined) {
      const which = part.trim() === heading.trim() ? '' : ` (its part "${part.trim()}")`;
      return err(domainError('untc_layout_changed', `cannot read this page: the participant table's column "${heading}"${which} is not a kind of action this importer knows: the page's layout has changed. Nothing was imported.`, 'page'));
    }
    const marker = m[2] ?? '';
    if (markers.has(marker)) return err(domainError('untc_layout_changed', `cannot read this page: the column "${heading}" gives the marker "${marker || '(none)'}" twice: the page's layout has changed. Nothing was imported.`, 'page'));
    markers.set(marker, action);
  }
  return ok({ heading, markers });
}
