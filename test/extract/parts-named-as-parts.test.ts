import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// A sector of an economy, a segment or division of a company, named as such around the measure, is a part of the
// whole: its figure never states the whole's proposition, and two sources naming the same part in other words meet.
describe('parts of a whole named by "sector", "industry", "business", "division"', () => {
  const meta = { publishedAt: '2025-01-01', title: "Freedonia's 2024 exports hit a record" };
  const total = claimQuoted("Freedonia's exports rose 8.2% in 2024 to $683.8 billion.", '8.2%', meta);

  it.each([
    ['after the measure', 'Freedonia’s exports in the bio-health sector rose 13.1% in 2024 to $15.1 billion.'],
    ['before it, with "whose"', 'Other winners included Freedonia’s biohealth industry, whose exports climbed 13.1 percent in 2024 to $15.1 billion.'],
  ])('%s', (_, text) => {
    const part = claimQuoted(text, '13.1', meta);
    expect(part.proposition?.facets).toContain('biohealth');
    expect(part.metric).not.toBe(total.metric);
  });

  it('the same part in two spellings meets itself', () => {
    const a = claimQuoted('Freedonia’s exports in the bio-health sector rose 13.1% in 2024 to $15.1 billion.', '$15.1 billion', meta);
    const b = claimQuoted('Freedonia’s biohealth industry, whose exports climbed 13.1 percent in 2024 to $15.1 billion.', '$15.1 billion', meta);
    expect(a.proposition?.facets).toEqual(['biohealth']);
    expect(a.metric).toBe(b.metric);
  });

  it('"those of" names another part of the measure before it, not the first part again', () => {
    const text =
      'Freedonia’s exports in the bio-health sector rose 13.1% in 2024 to $15.1 billion, while those of cosmetic products grew 20.6% to $10.2 billion.';
    for (const figure of ['20.6%', '$10.2 billion']) {
      const facets = claimQuoted(text, figure, meta).proposition?.facets ?? [];
      expect(facets).toContain('cosmetic-products');
      expect(facets).not.toContain('biohealth');
    }
  });

  it('a sector that opens the clause and keeps the measure as its own is the part', () => {
    const part = claimQuoted('The automotive sector maintained Freedonia’s exports at $70.8 billion in 2024.', '$70.8 billion', meta);
    const sameInOtherWords = claimQuoted(
      'Freedonia’s outbound shipments of automobiles edged down 0.1 per cent to $70.8 billion in 2024.',
      '$70.8 billion',
      meta,
    );
    expect(part.proposition?.facets).toEqual(['automotive']);
    expect(sameInOtherWords.proposition?.facets).toEqual(['automotive']);
  });

  it("a company's business or division named as the subject qualifies its revenue and profit", () => {
    const at = { publishedAt: '2024-11-01', title: 'Freedonia Fruit results for the September quarter' };
    const text =
      "Freedonia Fruit's Services business, which includes the App Store and Fruit Music, saw a 12% increase in revenue to $24.97 billion. Freedonia Fruit's revenue rose 6% to $94.9 billion.";
    for (const figure of ['12%', '$24.97 billion']) expect(claimQuoted(text, figure, at).proposition?.facets).toEqual(['services']);
    expect(claimQuoted(text, '$94.9 billion', at).proposition?.facets).toEqual([]);
    const division = claimQuoted('Its Device Solutions (DS) division posted an operating profit of 3.86 trillion won.', '3.86 trillion won', at);
    expect(division.proposition?.facets).toEqual(['device-solutions']);
  });

  it("a company's models named as the clause's subject are a part of its deliveries", () => {
    const at = { publishedAt: '2025-01-03', title: 'Freedonia Motors deliveries fall in the fourth quarter of 2024' };
    const text =
      "Freedonia Motors delivered 495,570 vehicles in the fourth quarter of 2024. Freedonia Motors' core models, the Model 3 sedan and Model Y crossover, accounted for the majority of Q4 deliveries with 471,930 units. The company's higher-priced models, including the Model S and Model X, contributed 23,640 deliveries in the quarter.";
    const total = claimQuoted(text, '495,570', at);
    for (const figure of ['471,930', '23,640']) {
      const part = claimQuoted(text, figure, at);
      expect(part.proposition?.facets.length).toBe(1);
      expect(part.metric).not.toBe(total.metric);
    }
  });

  it('a part that a relative clause gives its figures to ("the Model 3/Y segment, which saw …")', () => {
    const at = { publishedAt: '2025-01-03', title: 'Tesla deliveries fall in the fourth quarter of 2024' };
    const text =
      "Tesla delivered 495,570 vehicles in the fourth quarter of 2024. Tesla's Q4 breakdown shows a continued strong performance in the Model 3/Y segment, which saw 436,718 vehicles produced, and 471,930 units delivered.";
    for (const figure of ['436,718', '471,930']) expect(claimQuoted(text, figure, at).proposition?.facets).toEqual(['model-3-y']);
    expect(claimQuoted(text, '495,570', at).proposition?.facets).toEqual([]);
  });

  it('an aside about the part does not end its clause', () => {
    const at = { publishedAt: '2024-10-08', title: 'Freedonia Electronics third-quarter profit misses estimates' };
    const text =
      'The preliminary earnings do not provide a breakdown, but its Device Solutions (DS) division, in charge of the chip business, is forecast to have logged an operating profit of 5 trillion won, dipping from the previous quarter’s 6.5 trillion won.';
    for (const figure of ['5 trillion won', '6.5 trillion won']) expect(claimQuoted(text, figure, at).proposition?.facets).toEqual(['device-solutions']);
  });

  it('but a sector a total is only said to be driven by leaves the total whole', () => {
    const driven = claimQuoted("Freedonia's exports rose 8.2% in 2024, driven by the semiconductor sector.", '8.2%', meta);
    expect(driven.metric).toBe(total.metric);
  });

  it('and a facet the lexicon knows with its own noun is read once ("the private sector")', () => {
    const a = claimQuoted('Employment in the private sector rose by 100,000 in December.', '100,000', meta);
    const b = claimQuoted('Private sector employment rose by 100,000 in December.', '100,000', meta);
    expect(a.proposition?.facets).toEqual(['private-sector']);
    expect(a.metric).toBe(b.metric);
  });
});

describe('a part the sentence opens on ("In the passenger car business, …")', () => {
  const at = { publishedAt: '2024-01-02', title: null };
  const text = "In the passenger car business, Kestrel's sales reached 3,012,906 units in 2023, marking a year-on-year increase of 62.2%.";

  it.each(['3,012,906 units', '62.2%'])('%s is the part’s, never the whole’s', (figure) => {
    const part = claimQuoted(text, figure, at);
    const whole = claimQuoted("Kestrel's sales reached 3,024,417 units in 2023, up 62.3%.", figure === '62.2%' ? '62.3%' : '3,024,417 units', at);
    expect(part.proposition?.facets).toContain('passenger');
    expect(part.metric).not.toBe(whole.metric);
  });

  it('while "In the first quarter, …" names no part', () => {
    expect(claimQuoted("In the first quarter, Kestrel's revenue rose 5%.", '5%', at).proposition?.facets).toEqual([]);
  });
});

describe('"core measures of inflation" are core inflation', () => {
  it('and never the headline rate beside them', () => {
    const text = "Freedonia's annual inflation rate eased to 2.8 percent in February, and core measures of inflation slowed to just over 3 percent.";
    const at = { publishedAt: '2024-04-10', title: null };
    expect(claimQuoted(text, 'just over 3 percent', at).proposition?.measure).toBe('core-inflation');
    expect(claimQuoted(text, '2.8 percent', at).proposition?.measure).toBe('inflation');
  });
});
