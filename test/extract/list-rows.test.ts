import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-01-08' };

describe('a row of a list or table', () => {
  it('takes the measure and the party of the line heading its table, its label as a facet and a signed bracket as its change', () => {
    const text =
      'Organisers raised the purse again this season.\nAustralian Open 2025 prize money (change on last year in brackets):\nChampions: A$3,500,000 (+11%)\nFirst round: A$132,000 (+10%)';
    const round = claimQuoted(text, 'A$132,000', META);
    expect(round.proposition).toMatchObject({ measure: 'prize-money', subject: ['australian-open'], statType: 'level' });
    expect(round.proposition?.facets).toContain('first-round');
    const change = claimQuoted(text, '10%', META);
    expect(change.proposition).toMatchObject({ measure: 'prize-money', subject: ['australian-open'], statType: 'change' });
    expect(change.proposition?.facets).toEqual(round.proposition?.facets);
    expect(claimQuoted(text, 'A$3,500,000', META).proposition?.facets).toContain('champion');
  });

  it('reads rows set one after another in a sentence, each with its own label', () => {
    const text =
      'The Australian Open prize money climbs to A$96.5 million in 2025. Each round gets a rise - first round: A$132,000 (+10%), second round: A$200,000 (+11%), and quarter-finalists: A$665,000 (+11%).';
    const second = claimQuoted(text, 'A$200,000', META);
    expect(second.proposition).toMatchObject({ measure: 'prize-money', subject: ['australian-open'], facets: ['second-round'] });
    expect(claimQuoted(text, 'A$665,000', META).proposition?.facets).toEqual(['quarter-finalist']);
    expect(claimQuoted(text, 'A$132,000', META).metric).not.toBe(second.metric);
  });

  it('reads a bare "Label figure" line and takes the facets of the line above its list', () => {
    const text = 'Australian Open 2025 prize money\nMen’s and women’s doubles (per team)\nWinners $800,000\nRunners-up $440,000\nSemi-finalists $250,000';
    const runnersUp = claimQuoted(text, '$440,000', META);
    expect(runnersUp.proposition).toMatchObject({ measure: 'prize-money', subject: ['australian-open'] });
    expect(runnersUp.proposition?.facets).toEqual(['doubles', 'runner-up']);
  });
});

describe('a list of bracketed parties on a line of its own', () => {
  it('goes on about the figure of the line that introduces it', () => {
    const text =
      'Annual inflation in the euro area slowed to 2.2% in March 2025, Eurostat said.\nThe lowest rates were in Finland (0.9%), Lithuania (1.1%) and Ireland (1.3%).';
    const finland = claimQuoted(text, '0.9%', { publishedAt: '2025-04-02' });
    expect(finland.proposition).toMatchObject({ measure: 'inflation', subject: ['finland'] });
    expect(finland.period?.start).toBe('2025-03-01');
    expect(claimQuoted(text, '1.3%', { publishedAt: '2025-04-02' }).proposition?.subject).toEqual(['ireland']);
  });

  it('is no row when the line names no party and the line before stated nothing', () => {
    const text = 'Analysts were divided.\nThe forecasts ranged between low (1.5%) and high (2.5%).';
    expect(claimQuoted(text, '1.5%', META).proposition).toBeNull();
  });
});

describe('"the lowest annual rates" before a list of monthly figures', () => {
  it('names the kind of rate, not the whole year', () => {
    const text =
      'Annual inflation in the euro area eased to 2.0% in April 2025. The lowest annual rates were registered in Cyprus (0.1%), France (0.9%) and Finland (1.0%).';
    const cyprus = claimQuoted(text, '0.1%', { publishedAt: '2025-05-21' });
    expect(cyprus.proposition).toMatchObject({ measure: 'inflation', subject: ['cyprus'], modality: 'actual' });
    expect(cyprus.period).toMatchObject({ start: '2025-04-01', end: '2025-04-30' });
  });
});
