import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareClaims, judgeProposition, type ComparableClaim } from '../../src/compare/index.js';
import type { Qualifier } from '../../src/extract/types.js';

const qualifiers: Qualifier[] = ['exact', 'approximately', 'nearly', 'more_than', 'at_least', 'less_than', 'at_most'];
const period = { start: '2024-01-01', end: '2024-12-31', label: '2024' };
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

function claimArb(values: fc.Arbitrary<number>, bound: fc.Arbitrary<number | null>, units: string[]) {
  return fc.record({
    id: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
    sourceId: fc.constantFrom('s1', 's2', 's3', 's4'),
    sourceLabel: fc.constantFrom('ThinkChina', 'Gill'),
    metric: fc.constant('m'),
    unit: fc.constantFrom(...units),
    value: values,
    qualifier: fc.constantFrom(...qualifiers),
    interval: fc.record({ low: bound, high: bound }),
    period: fc.constant(period),
    quote: fc.string({ maxLength: 8 }),
    start: fc.nat(1000),
  }) satisfies fc.Arbitrary<ComparableClaim>;
}

const anyClaims = fc.array(claimArb(finite, fc.option(finite), ['km', 'mi']), { maxLength: 8 });

/** Claims whose intervals all hold `point` (strictly inside where the wording excludes the endpoint). */
const claimsSharingAPoint = fc.integer({ min: -1e6, max: 1e6 }).chain((point) =>
  fc.array(
    fc
      .record({
        claim: claimArb(fc.integer({ min: -1e7, max: 1e7 }), fc.constant(null), ['USD']),
        below: fc.option(fc.integer({ min: 0, max: 1e6 })),
        above: fc.option(fc.integer({ min: 0, max: 1e6 })),
      })
      .map(({ claim, below, above }) => {
        const openLow = claim.qualifier === 'more_than';
        const openHigh = claim.qualifier === 'nearly' || claim.qualifier === 'less_than';
        const low = below === null ? null : point - below - (openLow ? 1 : 0);
        const high = above === null ? null : point + above + (openHigh ? 1 : 0);
        return { ...claim, interval: { low, high } };
      }),
    { maxLength: 8 },
  ),
);

function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i] ?? 0 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

describe('judgeProposition properties', () => {
  it('never throws on arbitrary finite figures and intervals', () => {
    fc.assert(
      fc.property(anyClaims, (claims) => {
        const group = judgeProposition(claims);
        if (group) expect(['agreement', 'discrepancy']).toContain(group.status);
      }),
    );
  });

  it('lists each claim at most once, and every statement of one source with one stance', () => {
    fc.assert(
      fc.property(anyClaims, (claims) => {
        const members = judgeProposition(claims)?.members ?? [];
        expect(new Set(members.map((m) => m.claimId)).size).toBe(members.length);
        for (const m of members) expect(members.filter((o) => o.sourceId === m.sourceId).every((o) => o.stance === m.stance)).toBe(true);
      }),
    );
  });

  it('answers agreement with severity none whenever all intervals share a common point', () => {
    fc.assert(
      fc.property(claimsSharingAPoint, (claims) => {
        const group = judgeProposition(claims);
        if (group) {
          expect(group.status).toBe('agreement');
          expect(group.severity).toBe('none');
          expect(group.members.every((m) => m.stance === 'corroborating')).toBe(true);
        }
      }),
    );
  });

  it('answers discrepancy exactly when some stance is contradicting', () => {
    fc.assert(
      fc.property(anyClaims, (claims) => {
        const group = judgeProposition(claims);
        if (group) expect(group.status === 'discrepancy').toBe(group.members.some((m) => m.stance === 'contradicting'));
      }),
    );
  });
});

describe('compareClaims properties', () => {
  const mixedClaims = fc.array(
    claimArb(finite, fc.option(finite), ['km', 'mi', 'USD', 'CNY']).chain((c) =>
      fc.record({ metric: fc.constantFrom('m', 'n'), year: fc.constantFrom('2023', '2024') }).map(({ metric, year }) => ({
        ...c,
        metric,
        period: { start: `${year}-01-01`, end: `${year}-12-31`, label: year },
      })),
    ),
    { maxLength: 12 },
  );

  it('gives the same result whatever order the claims arrive in', () => {
    fc.assert(
      fc.property(
        mixedClaims.chain((claims) => fc.tuple(fc.constant(claims), fc.array(fc.integer(), { minLength: claims.length, maxLength: claims.length }))),
        ([claims, keys]) => {
          expect(compareClaims(shuffled(claims, keys))).toEqual(compareClaims(claims));
        },
      ),
    );
  });
});
