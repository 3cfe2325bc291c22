import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2024-01-10', title: 'Russia grain harvest' };

describe('a harvest said with the verb', () => {
  it('"harvested 142.6 million tonnes of grain" is the grain production of the party', () => {
    const c = claimQuoted('Russia harvested 142.6 million tonnes of grain in 2023.', '142.6 million tonnes', meta);
    expect(c.proposition).toMatchObject({ measure: 'production', subject: ['russia'], statType: 'level' });
    expect(c.proposition?.facets).toContain('grain');
  });

  it('while an area harvested stays an area', () => {
    const c = claimQuoted('Farmers in Russia harvested 5 million hectares of wheat in 2023.', '5 million hectares', meta);
    expect(c.proposition?.measure).not.toBe('production');
  });
});

describe('what a body "earlier estimated"', () => {
  it('is its earlier estimate, kept apart from the outturn', () => {
    const text = 'Russia harvested 142.6 million tonnes of grain in 2023, the ministry said, after it earlier put the crop at 147 million tonnes.';
    const outturn = claimQuoted(text, '142.6 million tonnes', meta);
    const earlier = claimQuoted(text, '147 million tonnes', meta);
    expect(earlier.proposition?.basis).toContain('previous-estimate');
    expect(outturn.proposition?.basis ?? '').not.toContain('previous-estimate');
    expect(earlier.metric).not.toBe(outturn.metric);
  });

  it('"The Agriculture Ministry earlier estimated the grain harvest in Russia at 123 mln metric tons"', () => {
    const c = claimQuoted(
      'The Agriculture Ministry earlier estimated the grain harvest in Russia at 123 mln metric tons in 2023.',
      '123 mln metric tons',
      meta,
    );
    expect(c.proposition?.basis).toContain('previous-estimate');
  });
});
