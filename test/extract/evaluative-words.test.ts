import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a word that judges a figure, not what it measures', () => {
  it.each([
    ['Shell reported a bumper annual profit of $28 billion for 2023.', '$28 billion', 'Shell profit', '2024-02-01', 'bumper'],
    [
      'Contributing factors include climate change, conflict, and inadequate funding, which stands at $4 billion, half of the $8.3 billion required.',
      '$4 billion',
      'Malaria',
      '2024-12-11',
      'inadequate',
    ],
    [
      'After a cycle of aggressive interest rate hikes, the Bank of Canada hiked the rate to five per cent in July 2023.',
      'five per cent',
      'Rates',
      '2024-06-06',
      'aggressive',
    ],
    ['BYD posted an explosive year-on-year export growth of 334% in 2023.', '334%', 'BYD', '2024-01-02', 'explosive'],
    ['Global EV sales saw exceptional growth of 25 percent in 2024.', '25 percent', 'EV sales', '2025-01-15', 'exceptional'],
    ["The UK's economy posted respectable growth of 0.7% in the first quarter of 2024.", '0.7%', 'UK GDP', '2024-05-10', 'respectable'],
    ['Walmart foresees net sales increasing by 3-4% in fiscal 2025.', '3-4%', 'Walmart', '2024-02-20', 'foresees'],
    ["Freedonia's record-low births fell by 43,482 in 2023.", '43,482', 'Births', '2024-06-05', 'record-low'],
    ['Kestrel Motors sold 3 million cars in 2023, up 62% from the already record-breaking sales year of 2022.', '62%', 'Kestrel', '2024-01-02', 'already'],
  ])('%s', (text, quote, title, publishedAt, word) => {
    expect(claimQuoted(text, quote, { publishedAt, title }).proposition?.facets ?? []).not.toContain(word);
  });
});

describe('a measure’s word joined to a particle', () => {
  it('is another word: "trade-in offers" name no trade', () => {
    const text = 'Premium devices now represent over 20% of the market, fueled by trade-in offers.';
    expect(claimQuoted(text, 'over 20%', { publishedAt: '2024-01-15', title: 'Smartphones' }).proposition?.measure).not.toBe('trade');
  });
});

describe('a source named after the measure ends at the verb', () => {
  it('"profit from recurring operations stood at" is profit from recurring operations', () => {
    const c = claimQuoted("Kestrel's profit from recurring operations stood at 22.8 billion euros in 2023.", '22.8 billion euros', {
      publishedAt: '2024-01-26',
      title: null,
    });
    expect(c.proposition?.facets).toEqual(['from-recurring-operations']);
  });
});
