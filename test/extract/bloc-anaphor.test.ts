import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-03-04', title: 'Prices and trade' };

describe('"the bloc" is the bloc the text named last', () => {
  it.each([
    // A story about the euro area: "the bloc" is the euro area, not the European Union.
    ['Inflation in the euro area eased in February. Annual inflation in the bloc was 2.4% in February.', '2.4%', 'inflation.euro-area.rate'],
    ['Eurozone inflation eased in February. Inflation in the 20-nation bloc slowed to 2.4% in February.', '2.4%', 'inflation.euro-area.rate'],
    // Described by its currency, it is the euro area whatever came before.
    ['Consumer price growth in the bloc of 20 countries with a single currency fell to 2.4% in February.', '2.4%', 'inflation.euro-area.rate'],
    ['Consumer price increases in the single currency bloc reached 2.4 percent in February.', '2.4 percent', 'inflation.euro-area.rate'],
    // A text that names no bloc before means the European Union.
    ['Inflation in the bloc slowed to 2.6% in February.', '2.6%', 'inflation.european-union.rate'],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toBe(metric);
  });

  it('in a story about ASEAN, the bloc is ASEAN', () => {
    const c = claimQuoted('ASEAN leaders met in Kuala Lumpur. The bloc’s exports rose 7.1% in 2024.', '7.1%', META, { exact: true });
    expect(c.metric).toMatch(/^exports\.asean\./);
  });
});
