import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2024-01-25', title: 'Japan trade in 2023' };

// A place after another measure's noun ("shipments to the United States") is where that flow goes: it is not the
// counterpart of the figure's own measure, which keeps the party the words give it or none.
describe('a place a flow of another measure goes to', () => {
  it('is not the counterpart of a trade deficit explained by it', () => {
    const c = claimQuoted(
      "Japan's trade deficit more than halved in 2023 to 9.29 trillion yen as robust auto shipments to the United States lifted exports.",
      '9.29 trillion yen',
      meta,
    );
    expect(c.proposition).toMatchObject({ measure: 'trade-deficit', subject: ['japan'], counterpart: null });
  });

  it('is not the counterpart of a country’s total exports set beside it', () => {
    const text = "China's exports rose 5% in 2023, with shipments to Russia up 47%.";
    expect(claimQuoted(text, '5%', meta).proposition).toMatchObject({ measure: 'exports', subject: ['china'], counterpart: null });
    // (The part is still the flow to Russia.)
    expect(claimQuoted(text, '47%', meta).proposition?.counterpart).toBe('russia');
  });

  it('while the measure’s own destination stays its counterpart', () => {
    const c = claimQuoted("Japan's exports to the United States rose 11% to 20.3 trillion yen in 2023.", '20.3 trillion yen', meta);
    expect(c.proposition).toMatchObject({ subject: ['japan'], counterpart: 'united-states' });
  });
});

describe('a trade balance in one party’s favour', () => {
  it('is of the two parties the paragraph trades between', () => {
    const c = claimQuoted(
      'China’s imports from Russia were virtually flat at $129.32bn, while exports to Russia rose by 4.1% to $115.49bn. The trade surplus in Russia’s favour fell significantly, decreasing 23.8% y/y to $13.83bn, and is mainly based on oil exports to China.',
      '$13.83bn',
      { publishedAt: '2025-01-14', title: 'China-Russia trade in 2024' },
    );
    expect(c.proposition).toMatchObject({ measure: 'trade-surplus', subject: ['russia'], counterpart: 'china' });
  });

  it('whether or not a flow to the other party is named beside it', () => {
    const c = claimQuoted(
      'China’s imports from Russia were virtually flat at $129.32bn, while exports to Russia rose by 4.1% to $115.49bn. The trade surplus in Russia’s favour fell 23.8% to $13.83bn.',
      '$13.83bn',
      { publishedAt: '2025-01-14', title: 'China-Russia trade in 2024' },
    );
    expect(c.proposition).toMatchObject({ subject: ['russia'], counterpart: 'china' });
  });
});

describe('a place a flow goes to, named in the sentence before', () => {
  it('is not the owner of the flows the next sentence states without one', () => {
    const text =
      "Japan's exports rose 2.8% in 2023. Exports to the United States and the European Union (EU) have increased for three years. Exports to the US amounted to 20.2668 trillion yen, up 11.0% from the previous year, and to the EU also increased by 10.9% to 10.3741 trillion yen.";
    expect(claimQuoted(text, '20.2668 trillion yen', meta).proposition).toMatchObject({ subject: ['japan'], counterpart: 'united-states' });
    expect(claimQuoted(text, '10.3741 trillion yen', meta).proposition).toMatchObject({ subject: ['japan'], counterpart: 'european-union' });
  });
});
