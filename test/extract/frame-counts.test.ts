import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

// "314 cases in 15 states": the count of states (countries, members, years) says where or over how long the
// figure was counted, and is no second figure of what the sentence measures.
describe('a count of the places, members or years a figure was counted over', () => {
  const meta = { publishedAt: '2025-04-20' };
  it.each([
    [
      'From January to July, 96 countries reported 51,230 cholera infections to the WHO, up from 30,114 cases reported in 88 countries during the same period last year.',
      '30,114',
      '88 countries',
    ],
    [
      'World crude steel production for the 64 countries reporting to the association was 150.2 million tonnes in February 2021.',
      '150.2 million',
      '64 countries',
    ],
    [
      'Excluding Iraq, production from the 9 members bound by output agreements fell by 120,000 b/d, to 24.3 million b/d, the survey showed.',
      '24.3 million',
      '9 members',
    ],
  ])('%s', (text, figure, frame) => {
    const measured = claimQuoted(text, figure, meta);
    expect(measured.proposition).not.toBeNull();
    const counted = extract(text, meta).claims.find((c) => c.quote.exact.startsWith(frame));
    // Either not read as a claim at all, or read as a claim of no proposition: never a second value of the first figure's.
    expect(counted?.metric ?? null).not.toBe(measured.metric);
    expect(counted?.comparable ?? false).toBe(false);
  });

  it('while a count of people or things keeps the measure it names', () => {
    const text = 'From January to July, 96 countries reported 51,230 cholera infections to the WHO.';
    expect(claimQuoted(text, '51,230', meta).metric).toMatch(/^cases\./);
  });
});

describe('"the 14-member Organization of the Petroleum Exporting Countries"', () => {
  const text = 'The 14-member Organization of the Petroleum Exporting Countries pumped 28.4 million barrels per day in September.';
  const meta = { publishedAt: '2025-10-01' };
  it('is OPEC, by its full name', () => {
    expect(claimQuoted(text, '28.4 million', meta).proposition?.subject).toEqual(['opec']);
  });
  it('and its size as a body is no figure of what it pumped', () => {
    const size = extract(text, meta).claims.find((c) => c.quote.exact.startsWith('14-member'));
    expect(size?.comparable ?? false).toBe(false);
    expect(size?.metric ?? null).not.toBe(claimQuoted(text, '28.4 million', meta).metric);
  });
});

describe('"the number of working days … stood at 14" counts the days, not the measure carried from around it', () => {
  it('states no proposition of the paragraph’s measure', () => {
    const c = claimQuoted(
      'Austria’s exports rose 8.3% in June 2025. The number of working days during this period stood at 14.',
      '14',
      { publishedAt: '2025-06-21', title: 'Austria exports rise' },
      { exact: true },
    );
    expect(c.metric).not.toMatch(/^exports\./);
  });
});
