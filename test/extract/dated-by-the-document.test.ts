import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-03-12', title: 'Acme profit falls' };
const LEAD = "Acme's net income fell 21% to $12.1 billion, the company said.";

describe('a figure nothing near it dates takes the year its text gives every other statement of the proposition', () => {
  it('is dated by the one year the text gives the same proposition, and compared', () => {
    const c = claimQuoted(
      `${LEAD}\nThe results are the weakest in three years. Acme's net income was $12.1 billion in 2023, it said in a filing.`,
      '21%',
      META,
    );
    expect(c.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31', resolution: 'explicit' });
    expect(c.comparable).toBe(true);
    expect(c.statement).toMatch(/2023/);
  });

  it('keeps the publication year, not compared, when the text gives the proposition two years', () => {
    const c = claimQuoted(`${LEAD}\nAcme's net income was $12.1 billion in 2023. Acme's net income was $15.3 billion in 2022.`, '21%', META);
    expect(c.period?.resolution).toBe('publication');
    expect(c.comparable).toBe(false);
  });

  it('is not dated by another party’s statement of the measure', () => {
    const c = claimQuoted(`${LEAD}\nRival Bolt's net income was $3.4 billion in 2023.`, '21%', META);
    expect(c.period?.resolution).toBe('publication');
  });
});
