import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// A measure's word written with a capital inside the name of a public body or organisation is part of the name: "the
// Immigration Services Agency said" measures no immigration, "the Ministry of Trade, Industry and Energy" no trade.
describe('measure words inside the names of bodies', () => {
  const at = { publishedAt: '2025-01-24', title: null };

  it('leave the figure to the measure its own words name', () => {
    const a = claimQuoted(
      'The number of foreigners who entered Japan in 2024 surged 42.4 pct from the previous year to a record 36.78 million, the Immigration Services Agency said.',
      '36.78 million',
      at,
    );
    const b = claimQuoted('Japan saw a record-high 36.78 million foreign visitors in 2024, government data showed.', '36.78 million', at);
    const c = claimQuoted('A total of 36.78 million foreigners visited Japan in 2024, government estimates showed.', '36.78 million', at);
    expect(a.proposition?.measure).toBe('visitors');
    expect(a.metric).toBe(b.metric);
    expect(c.metric).toBe(b.metric);
  });

  it('and a body named "of" its field names no measure either', () => {
    const c = claimQuoted('Freedonia earned $683.6 billion abroad in 2022, according to the Ministry of Trade, Industry and Energy.', '$683.6 billion', at);
    expect(c.proposition?.measure).not.toBe('trade');
  });

  it('while a measure opening the sentence in capitals is still the measure', () => {
    expect(claimQuoted('Trade between Freedonia and Sylvania reached $28.4 billion in 2023.', '$28.4 billion', at).proposition?.measure).toBe('trade');
  });

  it('"export revenue" is exports', () => {
    const c = claimQuoted("Freedonia's export revenue grew 8.2 percent in 2024 to 683.76 billion U.S. dollars.", '683.76 billion', at);
    expect(c.proposition?.measure).toBe('exports');
  });
});
