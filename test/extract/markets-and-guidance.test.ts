import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-01-24' };

describe('Wall Street is cited for what it expected, never measured', () => {
  it('leaves the company’s figure without Wall Street as its party', () => {
    const text = "Acme's net income for the quarter was $938 million, falling slightly short of Wall Street's expected earnings per share of $2.22.";
    const c = claimQuoted(text, '$938 million', { ...META, title: 'Acme results' });
    expect(c.proposition?.subject).not.toContain('wall-street');
    expect(claimQuoted(text, '$2.22', META).proposition?.subject ?? []).not.toContain('wall-street');
  });
});

describe('a country’s letters glued to a dollar sign name the currency, not a party', () => {
  it.each([['Revenue in the quarter was US$8.83 billion.', 'US$8.83 billion']])('%s', (text, figure) => {
    const subject = claimQuoted(text, figure, META).proposition?.subject ?? [];
    expect(subject).not.toContain('united-states');
  });
});

describe('what a company is forecasting or has guided to is a forecast', () => {
  it.each([
    ['For the quarter, the company is forecasting revenue of $9.24 billion.', '$9.24 billion'],
    ['Netflix has guided to earnings per share of $4.49 for the quarter.', '$4.49'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, META).proposition?.modality).toBe('forecast');
  });

  it('and a quarter it guides to without a year is the coming one', () => {
    const c = claimQuoted('However, Netflix has guided to a first quarter EPS of $4.49.', '$4.49', META);
    expect(c.period?.start).toBe('2024-01-01');
  });
});
