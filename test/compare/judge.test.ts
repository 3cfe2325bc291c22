import { describe, expect, it } from 'vitest';
import { compareClaims, judgeProposition, MAJOR_GAP, type ComparableClaim } from '../../src/compare/index.js';

const year = (y: string) => ({ start: `${y}-01-01`, end: `${y}-12-31`, label: y });
const trade2024 = { metric: 'trade.china-russia.total', unit: 'USD', period: year('2024') };
const share2025 = { metric: 'trade.china.share-of-russia-trade', unit: 'percent', period: year('2025') };
const meetings = {
  metric: 'diplomacy.xi-putin.meetings',
  unit: 'count',
  period: { start: '2013-01-01', end: '2025-12-31', label: 'since 2013' },
};

// Interval rules for these inputs only; the extractor decides the real ones.
const stated = (value: number, step: number) => ({ value, qualifier: 'exact', interval: { low: value - step / 2, high: value + step / 2 } }) as const;
const about = (value: number) => ({ value, qualifier: 'approximately', interval: { low: value * 0.99, high: value * 1.01 } }) as const;
const nearly = (value: number) => ({ value, qualifier: 'nearly', interval: { low: value * 0.9, high: value } }) as const;
const moreThan = (value: number) => ({ value, qualifier: 'more_than', interval: { low: value, high: null } }) as const;

const thinkChina = { sourceId: 'thinkchina', sourceLabel: 'ThinkChina' };
const indiaFoundation = { sourceId: 'indiafoundation', sourceLabel: 'India Foundation' };
const gill = { sourceId: 'gill', sourceLabel: 'Gill' };
const usip = { sourceId: 'usip', sourceLabel: 'USIP' };

// Labels pinned here so wording tests do not follow edits to the metric catalogue.
const labels: Record<string, string> = {
  'trade.china.share-of-russia-trade': "China's share of Russia's foreign trade",
  'diplomacy.xi-putin.meetings': 'Xi–Putin meetings',
};
const options = { metricLabel: (metric: string) => labels[metric] ?? metric };

let nextId = 0;
function claim(fields: Omit<ComparableClaim, 'id' | 'start'> & Partial<ComparableClaim>): ComparableClaim {
  nextId += 1;
  return { id: `claim-${nextId}`, start: nextId * 10, ...fields };
}

const tc2448 = () => claim({ ...trade2024, ...thinkChina, ...stated(244.8e9, 0.1e9), quote: 'US$244.8 billion' });
const if245 = () => claim({ ...trade2024, ...indiaFoundation, ...about(245e9), quote: 'about $245 billion' });
const gill237 = () => claim({ ...trade2024, ...gill, ...stated(237e9, 1e9), quote: '$237 billion' });

describe('judgeProposition: China–Russia trade in 2024', () => {
  const group = judgeProposition([tc2448(), if245(), gill237()]);

  it('flags a major discrepancy that keeps all three sources', () => {
    expect(group?.status).toBe('discrepancy');
    expect(group?.severity).toBe('major');
    expect(group?.members.map((m) => m.sourceId).sort()).toEqual(['gill', 'indiafoundation', 'thinkchina']);
  });

  it('takes the consensus from the figures that agree, leaving $237 billion as the outlier', () => {
    expect(group?.consensus).toEqual({ value: 244.9e9, unit: 'USD', method: 'median-of-largest-overlapping-cluster' });
    const byDeviation = [...(group?.members ?? [])].sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation));
    expect(byDeviation[0]).toMatchObject({ sourceId: 'gill', stance: 'contradicting' });
    expect(byDeviation[0]?.deviation).toBeCloseTo(-7.9 / 244.9, 6);
    expect(byDeviation.slice(1).map((m) => m.stance)).toEqual(['corroborating', 'corroborating']);
  });

  it('measures spread over the point values relative to the consensus', () => {
    expect(group?.spread).toBeCloseTo(8 / 244.9, 9);
  });

  it('explains who disagrees by how much and what agrees within rounding', () => {
    expect(group?.explanation).toBe(
      'Compared because all three give trade.china-russia.total in US dollars for 2024. ' +
        "Gill gives $237 billion for 2024, 3.2 % below ThinkChina's US$244.8 billion; " +
        "India Foundation's 'about $245 billion' agrees with ThinkChina within rounding.",
    );
  });

  it('does not depend on the order the claims arrive in', () => {
    const claims = [tc2448(), if245(), gill237()];
    expect(judgeProposition([...claims].reverse())).toEqual(judgeProposition(claims));
  });
});

describe('judgeProposition: hedged figures', () => {
  it("flags 'nearly 40 %' against 'almost 36 per cent', since neither hedge reaches the other figure", () => {
    const group = judgeProposition(
      [
        claim({ ...share2025, ...indiaFoundation, ...nearly(40), quote: 'nearly 40%' }),
        claim({ ...share2025, ...gill, ...nearly(36), quote: 'almost 36 per cent' }),
      ],
      options,
    );
    expect(group).toMatchObject({ status: 'discrepancy', severity: 'major', consensus: { value: 38, method: 'median-of-all' } });
    expect(group?.members.map((m) => m.stance)).toEqual(['contradicting', 'contradicting']);
    expect(group?.explanation).toBe(
      "Compared because both give China's share of Russia's foreign trade in per cent for 2025. " +
        "Sources split on China's share of Russia's foreign trade for 2025: " +
        'Gill gives almost 36 per cent and India Foundation nearly 40%, a spread of 4.0 percentage points.',
    );
  });

  it("finds 'more than 40 occasions' and 'over 40 times' in agreement", () => {
    const group = judgeProposition(
      [
        claim({ ...meetings, ...thinkChina, ...moreThan(40), quote: 'more than 40 occasions' }),
        claim({ ...meetings, ...usip, ...moreThan(40), quote: 'over 40 times' }),
      ],
      options,
    );
    expect(group).toMatchObject({ status: 'agreement', severity: 'none', spread: 0, consensus: { value: 40, unit: 'count' } });
    expect(group?.members.every((m) => m.stance === 'corroborating' && m.deviation === 0)).toBe(true);
    expect(group?.explanation).toBe(
      "Compared because both give Xi–Putin meetings in counts since 2013. ThinkChina ('more than 40 occasions') and USIP ('over 40 times') agree on Xi–Putin meetings since 2013.",
    );
  });

  it('grades disjoint figures under the major gap as a minor discrepancy', () => {
    const revised = claim({ ...trade2024, sourceId: 'other', sourceLabel: 'Other', ...stated(245.3e9, 0.1e9), quote: 'US$245.3 billion' });
    const group = judgeProposition([tc2448(), revised]);
    expect(group).toMatchObject({ status: 'discrepancy', severity: 'minor' });
    expect(group?.spread).toBeLessThan(MAJOR_GAP);
  });
});

describe('judgeProposition: one voice', () => {
  it('answers null for a single source, even when it repeats its figure', () => {
    const again = { ...tc2448(), id: 'claim-again', start: 5000 };
    expect(judgeProposition([tc2448(), again])).toBeNull();
    expect(judgeProposition([])).toBeNull();
  });

  it('lists a repeated figure among the members but counts its source once', () => {
    const first = tc2448();
    const repeat = { ...first, id: 'claim-repeat', start: first.start + 900 };
    const group = judgeProposition([repeat, if245(), first]);
    const ids = group?.members.map((m) => m.claimId);
    expect(ids).toEqual(expect.arrayContaining([first.id, repeat.id]));
    expect(new Set(group?.members.map((m) => m.sourceId)).size).toBe(2);
    expect(group?.explanation).toMatch(/^Compared because both give /);
    expect(group?.members.find((m) => m.claimId === repeat.id)?.stance).toBe(group?.members.find((m) => m.claimId === first.id)?.stance);
  });

  it('keeps the most precisely stated of two figures one source gives, so a source never disputes itself', () => {
    const rounded = claim({ ...trade2024, ...thinkChina, ...about(245e9), quote: 'about $245 billion' });
    const precise = { ...tc2448(), start: rounded.start + 100 };
    const group = judgeProposition([rounded, precise, gill237()]);
    // Judged and explained on the precise figure; the rounded one is shown with the same stance.
    expect(group?.explanation).toContain('ThinkChina US$244.8 billion');
    expect(group?.explanation).not.toContain('about $245 billion');
    expect(group?.members.find((m) => m.claimId === rounded.id)?.stance).toBe(group?.members.find((m) => m.claimId === precise.id)?.stance);
  });

  describe('a source whose figures for the proposition cannot both be right', () => {
    const reuters = { sourceId: 'reuters', sourceLabel: 'Reuters' };
    const divided = () => {
      const total = claim({ ...trade2024, ...thinkChina, ...stated(244.8e9, 0.1e9), quote: 'US$244.8 billion' });
      const part = claim({ ...trade2024, ...thinkChina, ...stated(20.4e9, 0.1e9), quote: '$20.4 billion', start: total.start + 50 });
      return { total, part };
    };
    const usip245 = () => claim({ ...trade2024, ...usip, ...about(245e9), quote: 'some $245 billion' });
    const reuters2448 = () => claim({ ...trade2024, ...reuters, ...stated(244.8e9, 0.1e9), quote: '$244.8 billion' });

    it('joins three sources that agree with the one of its figures that states their number, and shows only that one', () => {
      const { total, part } = divided();
      const group = judgeProposition([total, part, if245(), usip245(), reuters2448()]);
      expect(group?.status).toBe('agreement');
      expect(group?.members.map((m) => m.sourceId).sort()).toEqual(['indiafoundation', 'reuters', 'thinkchina', 'usip']);
      expect(group?.members.map((m) => m.claimId)).toContain(total.id);
      expect(group?.members.map((m) => m.claimId)).not.toContain(part.id);
      expect(group?.members.find((m) => m.claimId === total.id)?.stance).toBe('corroborating');
    });

    it('is left out when fewer than three others agree: a coincidence of numbers is no corroboration', () => {
      const { total, part } = divided();
      const group = judgeProposition([total, part, if245(), usip245()]);
      expect(group?.members.map((m) => m.sourceId).sort()).toEqual(['indiafoundation', 'usip']);
      expect(group?.status).toBe('agreement');
      expect(judgeProposition([total, part, if245()])).toBeNull();
    });

    it('is left out when the others disagree among themselves, so it never takes a side in a dispute', () => {
      const { total, part } = divided();
      const group = judgeProposition([total, part, if245(), usip245(), reuters2448(), gill237()]);
      expect(group?.status).toBe('discrepancy');
      expect(group?.members.map((m) => m.sourceId)).not.toContain('thinkchina');
    });

    it('is left out when none of its figures states their number closely, even if its wording allows it', () => {
      const over = claim({ ...trade2024, ...thinkChina, ...moreThan(230e9), quote: 'more than $230 billion' });
      const part = claim({ ...trade2024, ...thinkChina, ...stated(20.4e9, 0.1e9), quote: '$20.4 billion', start: over.start + 50 });
      const group = judgeProposition([over, part, if245(), usip245(), reuters2448()]);
      expect(group?.members.map((m) => m.sourceId)).not.toContain('thinkchina');
    });
  });

  it('does not take touching rounding intervals or a round figure beside a precise one for one number', () => {
    const deficit = { metric: 'budget-deficit.united-states.total.forecast', unit: 'USD', period: year('2024') };
    const a = claim({ ...deficit, ...thinkChina, ...stated(1.9e12, 0.1e12), quote: '$1.9 trillion' });
    const b = claim({ ...deficit, ...thinkChina, ...stated(2.0e12, 0.1e12), quote: '$2.0 trillion', start: a.start + 40 });
    expect(judgeProposition([a, b, claim({ ...deficit, ...gill, ...stated(1.9e12, 0.1e12), quote: '$1.9 trillion' })])).toBeNull();
    const round = claim({ ...trade2024, ...gill, ...stated(2e11, 1e11), quote: '$200 billion' });
    const precise = claim({ ...trade2024, ...gill, ...stated(180e9, 1e9), quote: '$180 billion', start: round.start + 40 });
    expect(judgeProposition([round, precise, tc2448()])).toBeNull();
  });

  it('takes a round figure cut short from a precise one of the same source for one number ("$80 Million" over "$80.5 million")', () => {
    const opening = { metric: 'box-office.opening-weekend.work-oppenheimer.total', unit: 'USD', period: year('2023') };
    const headline = claim({ ...opening, ...gill, ...stated(80e6, 1e6), quote: '$80 Million' });
    const body = claim({ ...opening, ...gill, ...stated(80.5e6, 0.1e6), quote: '$80.5 million', start: headline.start + 40 });
    const other = claim({ ...opening, ...thinkChina, ...stated(80.5e6, 0.1e6), quote: '$80.5 million' });
    const group = judgeProposition([headline, body, other]);
    expect(group?.status).toBe('agreement');
    expect(new Set(group?.members.map((m) => m.sourceId))).toEqual(new Set(['gill', 'thinkchina']));
    expect(group?.explanation).toContain("Gill ('$80.5 million')");
    // (More than one step of its rounding beyond it is another number: "$80 million" and "$81.5 million".)
    const far = claim({ ...opening, ...gill, ...stated(81.5e6, 0.1e6), quote: '$81.5 million', start: headline.start + 80 });
    expect(judgeProposition([headline, far, other])).toBeNull();
    // (Nor are percentages: "plunged 20.9% in early trading … closed down 20%" are two numbers of one day.)
    const shares = { metric: 'share-price.zeta.growth', unit: 'percent', period: year('2024') };
    const intraday = claim({ ...shares, ...gill, ...stated(-20.9, 0.1), quote: '20.9%' });
    const close = claim({ ...shares, ...gill, ...stated(-20, 1), quote: '20%', start: intraday.start + 40 });
    const others = [claim({ ...shares, ...thinkChina, ...stated(-20, 1), quote: '20%' }), claim({ ...shares, ...usip, ...stated(-20, 1), quote: '20%' })];
    expect(judgeProposition([intraday, close, ...others])?.members.map((m) => m.sourceId)).not.toContain('gill');
  });

  it('keeps a source whose open-ended figure allows its precise one', () => {
    const over = claim({ ...trade2024, ...thinkChina, ...moreThan(240e9), quote: 'more than $240 billion' });
    const group = judgeProposition([over, { ...tc2448(), start: over.start + 60 }, if245()]);
    expect(group?.members.map((m) => m.sourceId)).toContain('thinkchina');
  });

  it('refuses claims of different propositions', () => {
    const other = { ...gill237(), period: year('2023') };
    expect(() => judgeProposition([tc2448(), other])).toThrow(RangeError);
  });
});

describe('compareClaims', () => {
  it('groups and judges every proposition two sources speak to, in key order', () => {
    const groups = compareClaims([
      gill237(),
      claim({ ...meetings, ...usip, ...moreThan(40), quote: 'over 40 times' }),
      tc2448(),
      claim({ ...meetings, ...thinkChina, ...moreThan(40), quote: 'more than 40 occasions' }),
      claim({ ...share2025, ...indiaFoundation, ...nearly(40), quote: 'nearly 40%' }),
    ]);
    expect(groups.map((g) => [g.metric, g.status])).toEqual([
      ['diplomacy.xi-putin.meetings', 'agreement'],
      ['trade.china-russia.total', 'discrepancy'],
    ]);
  });

  const twoMeetingClaims = () => [
    claim({ ...meetings, sourceId: 'a', sourceLabel: 'A', ...moreThan(40), quote: 'over 40' }),
    claim({ ...meetings, sourceId: 'b', sourceLabel: 'B', ...moreThan(40), quote: 'more than 40' }),
  ];

  it('judges forecasts issued at different times apart when they disagree, together when they agree, and editions months apart apart', () => {
    const outlook = { metric: 'gdp.world.growth.forecast', unit: 'percent', period: year('2026') };
    const view = (sourceId: string, issued: string, value: number) =>
      claim({ ...outlook, sourceId, sourceLabel: sourceId, issued, ...stated(value, 0.1), quote: `${value}%` });
    const revised = compareClaims([view('a', '2024-01', 2.4), view('b', '2024-01', 2.4), view('c', '2024-06', 2.7), view('d', '2024-06', 2.7)]);
    expect(revised.map((g) => [g.status, g.members.map((m) => m.sourceId)])).toEqual([
      ['agreement', ['a', 'b']],
      ['agreement', ['c', 'd']],
    ]);
    expect(revised.map((g) => g.explanation.split('. ')[0])).toEqual([
      'Compared because both give gdp.world.growth.forecast in per cent for 2026 as reported in January 2024',
      'Compared because both give gdp.world.growth.forecast in per cent for 2026 as reported in June 2024',
    ]);
    const restated = compareClaims([view('a', '2024-01', 2.4), view('c', '2024-03', 2.4)]);
    expect(restated.map((g) => [g.status, g.members.length])).toEqual([['agreement', 2]]);
    expect(restated[0]?.explanation).not.toContain('as reported in');
    // Two editions half a year apart that give the same figure are two views, each with its own reports.
    const editions = compareClaims([view('a', '2024-01', 2.4), view('b', '2024-01', 2.4), view('c', '2024-06', 2.4), view('d', '2024-07', 2.4)]);
    expect(editions.map((g) => g.members.map((m) => m.sourceId))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(editions[0]?.explanation).toContain('as reported in January 2024');
    expect(editions[1]?.explanation).not.toContain('as reported in');
    // A report dated by its year alone could be of either edition: none is told apart.
    expect(compareClaims([view('a', '2024-01', 2.4), view('c', '2024', 2.4)]).map((g) => g.members.length)).toEqual([2]);
    // … and when it disagrees, the dispute is not split by month either.
    const undated = compareClaims([view('a', '2024-01', 2.4), view('b', '2024-06', 2.4), view('c', '2024', 2.7)]);
    expect(undated.map((g) => [g.status, g.members.length])).toEqual([['discrepancy', 3]]);
    // Without an issue date (an outturn), the same figures are one dispute.
    const outturns = compareClaims([view('a', '2024-01', 2.4), view('c', '2024-06', 2.7)].map(({ issued: _, ...c }) => c));
    expect(outturns.map((g) => g.status)).toEqual(['discrepancy']);
  });

  it('judges estimates a revision replaced apart by when they were reported, and keeps one stated months apart together', () => {
    const replaced = { metric: 'net-migration.chile.total.previous-estimate', unit: 'count', period: year('2023') };
    const estimate = (sourceId: string, issued: string, value: number) =>
      claim({ ...replaced, sourceId, sourceLabel: sourceId, issued, estimate: true, ...stated(value, 1000), quote: `${value}` });
    const successive = compareClaims([estimate('a', '2024-05', 96000), estimate('b', '2024-05', 96000), estimate('c', '2024-11', 118000)]);
    expect(successive.map((g) => [g.status, g.members.map((m) => m.sourceId)])).toEqual([['agreement', ['a', 'b']]]);
    // Unlike two editions of a forecast, the same replaced estimate told half a year apart is one figure.
    const restated = compareClaims([estimate('a', '2024-05', 96000), estimate('c', '2024-11', 96000)]);
    expect(restated.map((g) => [g.status, g.members.length])).toEqual([['agreement', 2]]);
  });

  it('names metrics by the label the claims carry by default', () => {
    const labelled = twoMeetingClaims().map((c) => ({ ...c, metricLabel: 'meetings between China and Russia' }));
    const [group] = compareClaims(labelled);
    expect(group?.explanation).toContain('agree on meetings between China and Russia since 2013');
    expect(group?.explanation).toMatch(/^Compared because both give meetings between China and Russia in counts since 2013\./);
  });

  it('names metrics with a caller-supplied label when given one', () => {
    const [group] = compareClaims(twoMeetingClaims(), { metricLabel: () => 'summits' });
    expect(group?.explanation).toBe(
      "Compared because both give summits in counts since 2013. A ('over 40') and B ('more than 40') agree on summits since 2013.",
    );
  });
});

describe('judgeProposition: rounded figures that meet only at a rounding edge', () => {
  const growth = { metric: 'military-spending.united-states.growth', unit: 'percent', period: year('2023') };

  it('flags 2.2 % against 2.3 %: no value rounds to both', () => {
    const group = judgeProposition([
      claim({ ...growth, ...gill, ...stated(2.2, 0.1), quote: '2.2%' }),
      claim({ ...growth, ...usip, ...stated(2.3, 0.1), quote: '2.3%' }),
    ]);
    expect(group?.status).toBe('discrepancy');
  });

  it('keeps 2.2 % with 2.24 %, which rounds to it', () => {
    const group = judgeProposition([
      claim({ ...growth, ...gill, ...stated(2.2, 0.1), quote: '2.2%' }),
      claim({ ...growth, ...usip, ...stated(2.24, 0.01), quote: '2.24%' }),
    ]);
    expect(group?.status).toBe('agreement');
  });

  it('still lets "at most 2.25 %" meet 2.3 % at the edge both allow', () => {
    const group = judgeProposition([
      claim({ ...growth, ...gill, value: 2.25, qualifier: 'at_most', interval: { low: null, high: 2.25 }, quote: 'at most 2.25%' }),
      claim({ ...growth, ...usip, ...stated(2.3, 0.1), quote: '2.3%' }),
    ]);
    expect(group?.status).toBe('agreement');
  });
});
