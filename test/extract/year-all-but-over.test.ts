import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// A statistics office releases its first estimate of the year in its last days: a period all but over when the text was
// written, told in the past tense, is that estimate of the outturn, not a projection.
describe('a year all but over, told in the past tense', () => {
  const meta = { publishedAt: '2023-12-29', title: 'Vietnam GDP growth in 2023' };

  it('is an outturn: "expanded by a modest 5.05% in 2023", on 29 December', () => {
    expect(claimQuoted("Vietnam's economy expanded by a modest 5.05% in 2023.", '5.05%', meta).proposition?.modality).toBe('actual');
  });

  it('while what is expected of it stays a forecast', () => {
    expect(claimQuoted("Vietnam's economy is expected to grow 6% in 2023.", '6%', meta).proposition?.modality).toBe('forecast');
  });

  it('and weeks before its end, the past tense alone does not make it one', () => {
    const c = claimQuoted("Vietnam's economy expanded by 5.05% in 2023.", '5.05%', { publishedAt: '2023-11-15', title: 'Vietnam' });
    expect(c.proposition?.modality).toBe('forecast');
  });
});
