import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-01-20', title: 'Global tablet shipments in 2024' };

describe('a bracketed figure after the noun another figure counted', () => {
  it('goes on about that figure: "… shipped 61.2 million tablets (36.4% market share)" is a market share', () => {
    const c = claimQuoted('In 2024, Lenovo shipped 61.2 million tablets (36.4% market share).', '36.4%', META, { exact: true });
    expect(c.metric).toBe('market-share.lenovo.rate');
    expect(c.comparable).toBe(true);
  });

  it('still counts a plain noun of its own ("non-EU nationals (968,000)" is a part, not the net migration)', () => {
    const text = 'Net migration to the UK in 2024 was 431,000, driven by non-EU nationals (968,000).';
    const c = claimQuoted(text, '968,000', META, { exact: true });
    expect(c.metric).not.toMatch(/^net-migration/);
    expect(c.comparable).toBe(false);
  });
});

describe('figures of a kind the last one was not', () => {
  const text =
    'In 2024, Lenovo shipped 61.2 million tablets (36.4% market share). Huawei took the second position with 28.6 million (17.0%), and Xiaomi was third with 17.2 million (10.2%).';
  // (A headline that names no measure, so only the paragraph can say what the later counts are.)
  const { claims } = extract(text, { ...META, title: 'Lenovo stays on top' });
  const byQuote = (q: string) => claims.find((c) => c.quote.exact === q);

  it.each([
    ['28.6 million', 'shipments.huawei.total'],
    ['17.2 million', 'shipments.xiaomi.total'],
  ])('%s goes on about the latest count of its paragraph (%s), past the percentage stated after it', (quote, metric) => {
    expect(byQuote(quote)?.metric).toBe(metric);
  });

  it.each([
    ['17.0%', 'market-share.huawei.rate'],
    ['10.2%', 'market-share.xiaomi.rate'],
  ])('%s after such a count goes on about the percentages before it (%s), not the count beside it', (quote, metric) => {
    expect(byQuote(quote)?.metric).toBe(metric);
  });
});

describe('a bracketed sum in another currency', () => {
  it('restates the prize pool in "Aus$111.5 million (US$75 million)", never compared on its own', () => {
    const text = 'Organisers of the Australian Open raised the total purse for 2026 to Aus$111.5 million (US$75 million).';
    const { claims } = extract(text, { publishedAt: '2026-01-13', title: 'Australian Open prize money' });
    const usd = claims.find((c) => c.quote.exact === 'US$75 million');
    const aud = claims.find((c) => c.quote.exact === 'Aus$111.5 million');
    expect(aud?.unit).toBe('AUD');
    expect(usd?.restates).not.toBeNull();
    expect(usd?.comparable).toBe(false);
  });
});

describe('a figure of a kind no figure before it in its paragraph was', () => {
  it('takes no measure from them: tonnes of carbon dioxide after counts of phones are no exports of the phone maker', () => {
    const text =
      'Xiaomi shipped 145.9 million units in 2023. Scientists found that 36.8 billion tons of carbon dioxide were released into the atmosphere in 2023.';
    const c = claimQuoted(text, '36.8 billion tons', { publishedAt: '2024-01-17', title: 'Phone makers in 2023' }, { exact: true });
    expect(c.proposition?.subject ?? []).not.toContain('xiaomi');
    expect(c.comparable).toBe(false);
  });

  it('"one of only two manufacturers in the top five" after a percentage of shipments counts no shipments', () => {
    const text =
      'The global smartphone market slumped in 2023 as shipments declined 3.2%. Apple was one of only two manufacturers in the top five to see an increase in 2023.';
    const c = claimQuoted(text, 'two', { publishedAt: '2024-01-17', title: 'Smartphones in 2023' });
    expect(c.proposition?.measure).not.toBe('shipments');
    expect(c.comparable).toBe(false);
  });

  it('a percentage still goes on about the level before it: "This represents a 20% increase compared to 2022"', () => {
    const text = 'Solar spearheaded the growth, with an additional capacity of 181 GW in 2023. This represents a 20% increase compared to 2022.';
    const c = claimQuoted(text, '20%', { publishedAt: '2024-04-01', title: 'Renewable capacity in 2023' }, { exact: true });
    expect(c.proposition?.measure).toBe('capacity-additions');
    expect(c.proposition?.statType).toBe('change');
  });
});
