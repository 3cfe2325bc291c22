import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-09-10' };
const COUNTRY = "Kenya's population grew to 52.4 million people in 2023, the statistics office said.";

describe('a city measured as a place is not its country', () => {
  it("reads a capital owning a place's measure as the city", () => {
    const city = claimQuoted(`${COUNTRY} Nairobi's population rose to 4.4 million in 2023.`, '4.4 million', META);
    const country = claimQuoted(COUNTRY, '52.4 million', META);
    expect(city.proposition?.subject).toEqual(['nairobi']);
    expect(city.metric).not.toBe(country.metric);
  });

  it.each([
    ["The capital's population rose to 4.4 million in 2023."],
    ["The city's population rose to 4.4 million in 2023."],
    ['The province had 4.4 million inhabitants in 2023.'],
  ])('leaves a place named only by reference unnamed: %s', (sentence) => {
    const claim = claimQuoted(`${COUNTRY} ${sentence}`, '4.4 million', META);
    expect(claim.proposition?.subject ?? []).not.toContain('kenya');
    expect(claim.comparable).toBe(false);
  });

  it('still reads a capital as its government for what governments do', () => {
    expect(claimQuoted('Beijing’s exports to Russia rose 12% in 2023.', '12%', META).proposition).toMatchObject({ subject: ['china'], counterpart: 'russia' });
  });
});
