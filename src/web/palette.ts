import { STATUSES, type Status } from '../domain/status.js';

/** A status as the map and the legend show it: words first, colour second. */
export interface StatusStyle {
  readonly label: string;
  /** One line saying what it means, for the legend. */
  readonly meaning: string;
  readonly fill: string;
  /** Text colour for a badge on `fill`: the one of black and white with the higher contrast. */
  readonly ink: string;
  /** Striped on the map, so that the states in motion stand out without relying on hue. */
  readonly striped: boolean;
}

// Okabe & Ito's palette (2008), chosen to stay distinguishable with the common colour-vision deficiencies.
const BASE: Record<Status, Omit<StatusStyle, 'ink'>> = {
  party: { label: 'State Party', meaning: 'bound by the treaty', fill: '#0072B2', striped: false },
  deposited: { label: 'Joined, not yet in force', meaning: 'instrument deposited; the treaty enters into force for it later', fill: '#56B4E9', striped: false },
  signatory: { label: 'Signatory', meaning: 'signed, not ratified', fill: '#F0E442', striped: false },
  withdrawal_pending: { label: 'Withdrawal under way', meaning: 'instrument of withdrawal deposited; still bound until it takes effect', fill: '#E69F00', striped: true },
  suspension_notified: { label: 'Disputed “suspension”', meaning: 'a State Party that gave a notice of suspension the treaty does not provide for', fill: '#CC79A7', striped: true },
  withdrawn: { label: 'Withdrawn', meaning: 'withdrawal in effect: no longer bound', fill: '#D55E00', striped: false },
  not_joined: { label: 'Not joined', meaning: 'neither signed nor joined', fill: '#C8C8C8', striped: false },
};

/** How each status is drawn, in legend order. */
export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = Object.fromEntries(
  STATUSES.map((s) => [s, { ...BASE[s], ink: inkOn(BASE[s].fill) }]),
) as Record<Status, StatusStyle>;

/** Legend order: from bound to not joined. */
export const LEGEND_ORDER: readonly Status[] = ['party', 'deposited', 'signatory', 'withdrawal_pending', 'suspension_notified', 'withdrawn', 'not_joined'];

/** Shapes on the map that are not one of the record's states (Greenland, Western Sahara, Antarctica, …). */
export const NO_DATA = { label: 'Not a state in the record', fill: '#F2F2F2' } as const;

/** The status in words. */
export function statusLabel(status: Status): string {
  return STATUS_STYLES[status].label;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function inkOn(fill: string): string {
  return contrast(fill, '#000000') >= contrast(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
}

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
