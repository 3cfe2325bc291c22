import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities.js';
import { claimQuoted } from './claim-of.js';

const at = { publishedAt: '2024-01-24', title: null };
const LEAD = "Freedonia's trade deficit narrowed to 9.29 trillion yen in 2023, the finance ministry said.";

describe('the partner a sentence trades with is the other party of each flow it states', () => {
  const text = `${LEAD} In trade with the United States, Freedonia's surplus stood at ¥9 trillion, with exports rising 11.0% to a record ¥20 trillion.`;

  it.each([
    ['¥9 trillion', 'trade-surplus'],
    ['11.0%', 'exports'],
    ['¥20 trillion', 'exports'],
  ])('%s', (figure, measure) => {
    expect(claimQuoted(text, figure, at).proposition).toMatchObject({ measure, subject: ['freedonia'], counterpart: 'united-states' });
  });

  it('"the trade deficit with mainland China … as exports fell": the deficit is the one with China, the exports those to China', () => {
    const deficit = `${LEAD} The trade deficit with mainland China expanded for the second straight year to reach ¥6.7 trillion as exports fell 6.5%.`;
    expect(claimQuoted(deficit, '¥6.7 trillion', at).proposition).toMatchObject({ measure: 'trade-deficit', counterpart: 'china' });
    expect(claimQuoted(deficit, '6.5%', at).proposition).toMatchObject({ measure: 'exports', counterpart: 'china' });
  });
});

describe('a bare "deficit" in a text about the trade deficit is the trade deficit', () => {
  it('"The 2023 deficit was down sharply from a deficit of ¥20.3 trillion in 2022"', () => {
    const text = `${LEAD} The 2023 deficit was down sharply from a deficit of ¥20.3 trillion in 2022.`;
    expect(claimQuoted(text, '¥20.3 trillion', at).proposition?.measure).toBe('trade-deficit');
  });

  it('and stays the budget deficit in a text about the budget', () => {
    const text = "Freedonia's budget deficit narrowed to $1.7 trillion in 2023. The deficit was 6.3% of GDP.";
    expect(claimQuoted(text, '6.3%', at).proposition?.measure).toBe('budget-deficit');
  });
});

describe('a thousands separator before other than three digits is a slip, not two figures', () => {
  it('"2,0329.5 billion yen" gives no figure', () => {
    expect(findQuantities("Freedonia's trade deficit in 2022 reached 2,0329.5 billion yen.")).toEqual([]);
  });

  it('while "20,329.5 billion yen" is one', () => {
    expect(findQuantities("Freedonia's trade deficit in 2022 reached 20,329.5 billion yen.").map((q) => q.value)).toEqual([20_329.5e9]);
  });
});
