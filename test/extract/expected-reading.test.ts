import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('what somebody expected the reading just out to be is a forecast of that reading’s period', () => {
  const meta = { publishedAt: '2023-11-30', title: 'Euro zone inflation sinks to 2.4%, below expectations' };
  const lead = 'Annual inflation in the euro zone cooled to 2.4% in November from 2.9% in October, flash figures showed Thursday.';

  it('"Economists polled by Reuters expected a reading of 2.7%", on a line of its own after the lead: November’s forecast', () => {
    const claim = claimQuoted(`${lead}\nEconomists polled by Reuters expected a reading of 2.7%.`, '2.7%', meta);
    expect(claim.proposition?.modality).toBe('forecast');
    expect(claim.period).toMatchObject({ start: '2023-11-01', end: '2023-11-30' });
  });

  it('a forecast looking ahead is not of the lead’s period ("expects inflation to average 2.7% next year")', () => {
    const claim = claimQuoted(`${lead}\nThe central bank expects inflation to average 2.7% next year.`, '2.7%', meta);
    expect(claim.period?.start).not.toBe('2023-11-01');
  });
});
