import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-01-03' };
const TOTAL = 'Thailand received 28.15 million foreign tourists in 2023.';

describe('where counted things come from is not whose count it is', () => {
  it.each([
    ['visitors from a country', 'Thailand welcomed 3.5 million visitors from China in 2023.', '3.5 million', 'china'],
    ['the biggest source', 'Malaysia was the biggest source of visitors to Thailand in 2023 with 4.5 million arrivals.', '4.5 million', 'malaysia'],
    [
      'listed after the biggest source',
      'Malaysia was the biggest source of visitors in 2023 with 4.5 million arrivals, followed by China with 3.5 million.',
      '3.5 million',
      'china',
    ],
    ['a people before the travellers', 'Chinese tourists numbered 3.5 million in 2023.', '3.5 million', 'china'],
    ['a country before the travellers', 'Mainland China visitors to Thailand numbered 3.5 million in 2023.', '3.5 million', 'china'],
  ])('%s: the part is the host’s visitors from the origin, never the total', (_name, sentence, figure, origin) => {
    const total = claimQuoted(TOTAL, '28.15 million', META);
    const part = claimQuoted(`${TOTAL} ${sentence}`, figure, META);
    expect(part.proposition?.subject).toEqual(['thailand']);
    expect(part.proposition?.counterpart).toBe(origin);
    expect(part.metric).not.toBe(total.metric);
  });

  it('leaves the part without a party when no host is known', () => {
    const part = claimQuoted('Chinese tourists numbered 3.5 million in 2023, and Malaysians 4.5 million.', '3.5 million', META);
    expect(part.proposition?.subject ?? []).toEqual([]);
    expect(part.comparable).toBe(false);
  });

  it('names the host after the origin ("from South Korea to Japan")', () => {
    const part = claimQuoted('Visitors from South Korea to Japan rose to 8.63 million in 2024.', '8.63 million', META);
    expect(part.proposition).toMatchObject({ subject: ['japan'], counterpart: 'south-korea', measure: 'visitors' });
    expect(part.comparable).toBe(true);
  });

  it('does not take a place named later in the sentence for the host', () => {
    const text = `${TOTAL} In terms of visitors, Chinese tourists came first with 3.5 million, but second place goes to Malaysia with 3 million.`;
    expect(claimQuoted(text, '3.5 million', META).proposition?.subject ?? []).not.toContain('malaysia');
  });

  it("compares an origin's visitors that the lead dates, in a sentence naming only the origin", () => {
    const text =
      'Foreign visitors to Japan hit a record 36.8 million in 2024, the tourism agency said.\nSouth Korea accounted for the largest number of visitors, with 8.63 million arrivals.';
    const part = claimQuoted(text, '8.63 million', { publishedAt: '2025-01-16' });
    expect(part.proposition).toMatchObject({ subject: ['japan'], counterpart: 'south-korea' });
    expect(part.period?.start).toBe('2024-01-01');
    expect(part.comparable).toBe(true);
  });

  it("does not make what visitors of one country spent that country's tourism revenue", () => {
    const text =
      'Spain received 85.1 million tourists in 2023. In terms of spending, United Kingdom visitors remain top, with €19.9 billion, while British tourists spent 19.9 billion euros.';
    for (const figure of ['€19.9 billion', '19.9 billion euros']) {
      const c = claimQuoted(text, figure, META);
      expect(c.proposition?.measure, figure).toBe('tourism-revenue');
      expect(c.proposition?.subject ?? [], figure).not.toContain('united-kingdom');
    }
  });

  it("keeps the total's party", () => {
    expect(claimQuoted(TOTAL, '28.15 million', META).proposition?.subject).toEqual(['thailand']);
  });

  it('reads arrivals in a text about tourists as visitors, and elsewhere as immigration', () => {
    expect(claimQuoted(`${TOTAL} Thailand expects 35 million arrivals in 2024.`, '35 million', META).proposition?.measure).toBe('visitors');
    expect(claimQuoted('The UK recorded 1.2 million arrivals in 2023.', '1.2 million', META).proposition?.measure).toBe('immigration');
  });

  it('does not take a source of data for an origin', () => {
    const claim = claimQuoted('Data from the International Energy Agency show Spain added 8 GW of solar capacity in 2023.', '8 GW', META);
    expect(claim.proposition?.subject).toEqual(['spain']);
  });
});

describe('a capitalised common noun opening a sentence is not a name', () => {
  it.each([
    ['Tourism revenue reached $35 billion in 2023.', '$35 billion'],
    ['Construction spending reached $2 trillion in 2023.', '$2 trillion'],
  ])('%s', (text, figure) => {
    const claim = claimQuoted(text, figure, META);
    expect(claim.proposition?.subject ?? []).toEqual([]);
  });

  it('still reads an unknown company opening the sentence as the party', () => {
    expect(claimQuoted('Kestrel reported revenue of $2.2 billion in 2023.', '$2.2 billion', META).proposition?.subject).toEqual(['kestrel']);
  });
});
