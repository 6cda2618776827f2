// The coverage figures in README.md and data/monitor/obligations-coverage.md, recomputed by the engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { obligationTable } from '../src/domain/monitor/obligation-table.js';
import { shippedMonitorIndex } from './support/shipped.js';

const index = shippedMonitorIndex();
const ON = '2026-12-08';

describe('obligation coverage as published', () => {
  it('the coverage table matches the engine on 2026-12-08', () => {
    const md = readFileSync(new URL('../data/monitor/obligations-coverage.md', import.meta.url), 'utf8');
    const rows = [...md.matchAll(/^\| (apmbc|ccm) \| (\d+) \| Art\. [^ ]+ (\w+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/gm)];
    expect(rows).toHaveLength(8);
    for (const [, treaty = '', parties, rule = '', sourced, met, missed, none, pending, unknown] of rows) {
      const t = obligationTable(index, treaty, ON);
      expect([t.parties, t.sourced[rule]], `${treaty} ${rule}`).toEqual([Number(parties), Number(sourced)]);
      expect(t.counts[rule]).toEqual({ met: Number(met), missed: Number(missed), no_obligation: Number(none), pending: Number(pending), unknown: Number(unknown) });
    }
  });

  it("the README's figure is the sum of sourced pairs over all State Party × obligation pairs", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const tables = ['apmbc', 'ccm'].map((t) => obligationTable(index, t, ON));
    const sourced = tables.reduce((n, t) => n + Object.values(t.sourced).reduce((a, b) => a + b, 0), 0);
    const pairs = tables.reduce((n, t) => n + t.parties * t.ruleIds.length, 0);
    expect(readme).toContain(`**${sourced} of ${pairs.toLocaleString('en')} State Party × obligation pairs have a sourced status**`);
  });
});
