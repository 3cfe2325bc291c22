import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2024-02-02', title: null };
const metricOf = (text: string, quote: string) => {
  const claims = extract(text, META).claims;
  const c = claims.find((x) => x.quote.exact === quote);
  expect(c, `no claim quoted "${quote}"; got ${claims.map((x) => JSON.stringify(x.quote.exact)).join(', ')}`).toBeDefined();
  return c!.metric;
};

describe('a ranking that goes on names each entry with its own figure', () => {
  const regions =
    'Catalonia was the main destination, with 18 million tourists in 2023, followed by the Balearic Islands, with 14.4 million, and the Canary Islands, with 13.9 million.';
  it.each([
    ['18 million tourists', 'visitors.catalonia.total'],
    ['14.4 million', 'visitors.balearic-islands.total'],
    ['13.9 million', 'visitors.canary-islands.total'],
  ])('%s is %s ("followed by the …, with", ", and the …, with")', (quote, metric) => {
    expect(metricOf(regions, quote)).toBe(metric);
  });

  const semicolons =
    'The region that welcomed the most tourists in 2023 was Catalonia, with 21.2 million, followed by the Balearic Islands, with 16.9 million; the Canary Islands, 16.4 million; Andalucia, 14.3 million; the Valencian Community, 12.3 million, and Madrid on 9.2 million.';
  it.each([
    ['16.9 million', 'visitors.balearic-islands.total'],
    ['16.4 million', 'visitors.canary-islands.total'],
    ['14.3 million', 'visitors.andalucia.total'],
    ['12.3 million', 'visitors.valencian-community.total'],
    ['9.2 million', 'visitors.madrid.total'],
  ])('%s is %s (after a semicolon a comma stands for "with"; "on" does too)', (quote, metric) => {
    expect(metricOf(semicolons, quote)).toBe(metric);
  });

  it('gives a company entry the measure and the party of its own place, where the measure was said of the first', () => {
    const text = 'Apple shipped 234.6 million phones in 2023, followed by Samsung, with 226.6 million, and Xiaomi, with 145.9 million.';
    expect(metricOf(text, '234.6 million phones')).toBe('shipments.apple.total');
    expect(metricOf(text, '226.6 million')).toBe('shipments.samsung.total');
    expect(metricOf(text, '145.9 million')).toBe('shipments.xiaomi.total');
  });

  it('keeps a part after ", with" a part where no entry is named before it', () => {
    const text = 'Healthcare added 46,000 jobs in January, with 15,000 new jobs in home health care services.';
    expect(metricOf(text, '15,000 new jobs')).not.toBe(metricOf(text, '46,000 jobs'));
  });

  it('does not make an origin listed after "followed by" the owner of a visitor count', () => {
    const text = 'Malaysia was the biggest source of visitors to Singapore in 2023, with 4.5 million, followed by China, with 3.5 million.';
    expect(metricOf(text, '3.5 million')).not.toMatch(/\.china\./);
  });
});
