// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '@/src/core/export/backup';
import { emptyLibrary, type Library, TABLES } from '@/src/core/export/library';
import { applyImportPlan, planImport } from '@/src/core/export/plan-import';
import { recordKey } from '@/src/core/export/record-specs';
import { randomLibrary } from './helpers/random-library';

const SEEDS = Array.from({ length: 25 }, (_, i) => 1000 + i * 7919);

/** Tables compared as sets (the database has no order beyond its keys). */
const sorted = (lib: Library) =>
  Object.fromEntries(
    TABLES.map((t) => [
      t,
      [...(lib[t] as Record<string, unknown>[])].sort((a, b) =>
        recordKey(t, a) < recordKey(t, b) ? -1 : recordKey(t, a) > recordKey(t, b) ? 1 : 0,
      ),
    ]),
  );

describe('JSON backup round trip (seeded random libraries)', () => {
  it.each(SEEDS)('seed %i: export then parse gives the identical library', (seed) => {
    const lib = randomLibrary(seed);
    const parsed = parseBackup(exportBackup(lib, '2026-01-01T00:00:00Z'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.value).toEqual(lib);
    expect(parsed.warnings).toEqual([]);
  });

  it.each(SEEDS)(
    'seed %i: importing into an empty library yields it all; importing twice adds nothing',
    (seed) => {
      const lib = randomLibrary(seed);
      const parsed = parseBackup(exportBackup(lib, new Date(0)));
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      const plan = planImport(emptyLibrary(), parsed.value);
      for (const t of TABLES) expect(plan.summary[t]).toEqual({ added: lib[t].length, updated: 0 });
      expect(plan.skipped).toEqual([]);
      const imported = applyImportPlan(emptyLibrary(), plan);
      expect(sorted(imported)).toEqual(sorted(lib));
      const again = planImport(imported, parsed.value);
      expect(again.empty).toBe(true);
      expect(sorted(applyImportPlan(imported, again))).toEqual(sorted(lib));
    },
  );

  it('merging a library into itself writes nothing', () => {
    const lib = randomLibrary(42);
    expect(planImport(lib, lib).empty).toBe(true);
  });
});
