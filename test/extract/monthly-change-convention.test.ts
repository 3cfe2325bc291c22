import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2023-12-01', title: 'Euro area inflation eases in November' };

describe('a month’s change of prices its statistics office states on the year before', () => {
  it('"energy prices declined 11.5 percent" in the euro area is their annual rate, as "fell 11.5 % on the year" is', () => {
    const unsaid = claimQuoted('Euro area inflation eased to 2.4 percent in November. Energy prices declined 11.5 percent.', '11.5 percent', META);
    const said = claimQuoted('Energy prices in the euro area fell 11.5% on the year in November.', '11.5%', META);
    expect(unsaid.proposition?.statType).toBe('rate');
    expect(unsaid.metric).toBe(said.metric);
    expect(unsaid.comparable).toBe(true);
  });

  it('the UK’s food prices likewise', () => {
    const claim = claimQuoted('UK inflation fell to 3.9% in November. Food prices rose 9.2%.', '9.2%', {
      publishedAt: '2023-12-20',
      title: 'UK inflation falls',
    });
    expect(claim.proposition?.statType).toBe('rate');
  });

  it('a month-on-month change said in the sentence stays one ("fell 0.5% month-on-month …, and food prices rose 0.3%")', () => {
    const text = 'Euro area energy prices fell 0.5% month-on-month in November, and food prices rose 0.3%.';
    const claim = claimQuoted(text, '0.3%', META);
    expect(claim.proposition?.statType).toBe('change');
    expect(claim.metric).toContain('mom');
  });

  it('not where no convention is recorded: a US change of energy prices says nothing of its comparison', () => {
    const claim = claimQuoted('US consumer prices rose 3.1% in November. Energy prices fell 2.3%.', '2.3%', {
      publishedAt: '2023-12-13',
      title: 'US inflation',
    });
    expect(claim.proposition?.statType).toBe('change');
    expect(claim.comparable).toBe(false);
  });

  it('not a move in percentage points ("food … (+1.37 pp)" is a contribution, no rate)', () => {
    const text =
      'Euro area inflation eased to 2.4 percent in November. The highest contribution came from services (+1.69 percentage points), followed by food, alcohol and tobacco (+1.37 pp).';
    expect(claimQuoted(text, '1.37 pp', META).proposition?.statType).not.toBe('rate');
  });
});

describe('"fell short of 2.7% as predicted by the market": the figure an outturn is set against, said to be expected, is the expectation', () => {
  it('is a forecast', () => {
    const text = 'Headline inflation decreased from 2.9% in October and fell short of 2.7% as predicted by the market.';
    expect(claimQuoted(text, '2.7%', META).proposition?.modality).toBe('forecast');
  });

  it('"fell to 2.4%, as expected by economists" is the outturn', () => {
    const text = 'Euro area inflation fell to 2.4% in November, as expected by economists.';
    expect(claimQuoted(text, '2.4%', META).proposition?.modality).toBe('actual');
  });
});
