import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

// A figure whose sentence names neither its party nor its time rests on guesses from the text around it and is kept,
// not compared — unless the sentence right before it, in its paragraph, names both.
const HEADLINE = 'Zalando profit jumps as cost cuts bite';
const NEXT = 'Net profit rose 20% to 251 million euros, while revenue grew 4.2% to 10.6 billion euros.';

function revenue(text: string) {
  const { claims } = extract(text, { publishedAt: '2025-03-06', title: HEADLINE });
  const claim = claims.find((c) => c.quote.exact === '10.6 billion euros');
  expect(claim, claims.map((c) => c.quote.exact).join(', ')).toBeDefined();
  return claim!;
}

describe('extract: a party and a time carried from the sentence before', () => {
  it('are both read from the sentence right before: the figure is compared', () => {
    const claim = revenue(`${HEADLINE}\nZalando said on Tuesday its adjusted operating profit rose to 350 million euros in 2024. ${NEXT}`);
    expect(claim.proposition?.measure).toBe('revenue');
    expect(claim.proposition?.subject).toEqual(['zalando']);
    expect({ start: claim.period?.start, end: claim.period?.end }).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(claim.comparable).toBe(true);
  });

  it('a time stated two sentences back is still a guess', () => {
    const claim = revenue(`${HEADLINE}\nIn 2024 Zalando cut its costs by a tenth. Its chief executive, Robert Gentz, thanked the staff. ${NEXT}`);
    expect(claim.period?.start).toBe('2024-01-01');
    expect(claim.comparable).toBe(false);
  });

  it('a sentence in the paragraph above is no sentence right before', () => {
    const claim = revenue(`${HEADLINE}\nZalando said on Tuesday its adjusted operating profit rose to 350 million euros in 2024.\n${NEXT}`);
    expect(claim.comparable).toBe(false);
  });

  it.each([
    ["Its smaller rival's revenue fell 8% to 1.9 billion euros."],
    ['The online fashion market as a whole grew 2% to 70 billion euros.'],
    ['Before the pandemic, revenue was 6.5 billion euros.'],
  ])('a sentence that does not open with a measure may be of someone or some time else: %s', (next) => {
    const { claims } = extract(`${HEADLINE}\nZalando said its revenue rose 4.2% to 10.6 billion euros in 2024. ${next}`, {
      publishedAt: '2025-03-06',
      title: HEADLINE,
    });
    expect(claims.at(-1)!.comparable).toBe(false);
  });

  it('a sentence before that states two times leaves open which one the next figure is of', () => {
    const { claims } = extract(
      `${HEADLINE}\nZalando's revenue was 10.6 billion euros in 2024 and is expected to reach 11.2 billion euros in 2025. Net profit rose 20% to 251 million euros.`,
      { publishedAt: '2025-03-06', title: HEADLINE },
    );
    expect(claims.find((c) => c.quote.exact === '251 million euros')!.comparable).toBe(false);
  });

  it('"The total fertility rate dropped to 1.20": a measure after "the" opens the sentence', () => {
    const { claims } = extract(
      'Japan births fall to record low\nThe number of babies born in Japan in 2023 fell 5.1% to 758,631, the health ministry said. The total fertility rate dropped to 1.20.',
      { publishedAt: '2024-06-05', title: 'Japan births fall to record low' },
    );
    const c = claims.find((x) => x.quote.exact === '1.20')!;
    expect(c.proposition).toMatchObject({ measure: 'fertility-rate', subject: ['japan'] });
    expect(c.comparable).toBe(true);
  });

  it('"After adjustment for calendar effects, the decline in economic performance amounted to 0.1%": an adjustment and a change may open it', () => {
    const title = 'Overview of key economic figures';
    const { claims } = extract(
      `${title}\nOverall, economic development in Germany faltered in 2023 with price-adjusted GDP decreasing by 0.3% compared with 2022. After adjustment for calendar effects, the decline in economic performance amounted to 0.1%.`,
      { publishedAt: '2024-02-23', title },
    );
    const c = claims.find((x) => x.quote.exact === '0.1%')!;
    expect(c.period?.start).toBe('2023-01-01');
    expect(c.comparable).toBe(true);
  });
});

describe('extract: a sentence pointing back at the statement before it ("This marks an increase of 12%")', () => {
  const meta = { publishedAt: '2025-01-30', title: 'Samsung results' };
  const change = (text: string) => {
    const claim = extract(text, meta).claims.find((c) => c.quote.exact.startsWith('12%') || c.quote.exact.startsWith('13%'));
    expect(claim).toBeDefined();
    return claim!;
  };

  it("goes on about that statement's figure when every figure of it is of the time read, however it names that time", () => {
    const claim = change(
      'Samsung reported fourth-quarter revenue of $52 billion for fiscal year 2024 (ending December 31, 2024), beating forecasts. This marks an increase of 12% year-over-year.',
    );
    expect(claim.proposition).toMatchObject({ measure: 'revenue', subject: ['samsung'], statType: 'change' });
    expect(claim.comparable).toBe(true);
  });

  it('is not compared when the statement before gives figures of two times', () => {
    const claim = change("Samsung's revenue was $52 billion in 2024, up from $46 billion in 2023. This marks an increase of 13%.");
    expect(claim.comparable).toBe(false);
  });
});

describe('extract: the level a compared figure moved from ("eased to 3.5 percent from 3.6 percent")', () => {
  const meta = { publishedAt: '2024-07-17', title: 'UK inflation holds at 2% in June' };
  const lead = 'UK inflation held at 2.0% in June, the Office for National Statistics said.\n\n';

  it('is compared when the level moved to is: the same series a step earlier', () => {
    const { claims } = extract(`${lead}Core inflation, which excludes energy and food, eased to 3.5 percent from 3.6 percent.`, meta);
    const to = claims.find((c) => c.quote.exact === '3.5 percent')!;
    const from = claims.find((c) => c.quote.exact === '3.6 percent')!;
    expect(to.comparable).toBe(true);
    expect(from.metric).toBe(to.metric);
    expect(from.period).toMatchObject({ start: '2024-05-01', end: '2024-05-31' });
    expect(from.comparable).toBe(true);
  });

  it('is not when the level moved to is not compared either', () => {
    const { claims } = extract(`${lead}In 2022 the picture was different. Core inflation then eased to 6.5 percent from 6.8 percent.`, meta);
    expect(claims.find((c) => c.quote.exact === '6.8 percent')?.comparable).toBe(false);
  });
});

describe('extract: a sentence pointing back at an outturn with an estimate ("That was below the $11.65 billion analysts had expected")', () => {
  it('leaves the estimate out of comparison', () => {
    const text = 'Nike reported revenue of $11.6 billion in the first quarter of fiscal 2025. That was below the $11.65 billion analysts had expected.';
    const claim = extract(text, { publishedAt: '2024-10-01', title: 'Nike revenue falls' }).claims.find((c) => c.quote.exact.startsWith('$11.65 billion'));
    expect(claim?.proposition?.modality).toBe('forecast');
    expect(claim?.comparable).toBe(false);
  });
});

describe('"The 2024 figures represent a 14.8 per cent increase", on a line of its own, goes on about the line before', () => {
  const at = { publishedAt: '2025-01-22', title: null };
  const text =
    "Singapore's Changi Airport has come full circle as passenger movements in 2024 returned to near pre-pandemic levels, its operator said on Wednesday.\nThe airport handled 67.7 million passengers in 2024 - that's 99.1 per cent of the passenger movements recorded in 2019, prior to the Covid-19 pandemic.\nThe 2024 figures represent a 14.8 per cent year-on-year increase.";

  it('and its change is of the level, not of the share beside it', () => {
    const change = claimQuoted(text, '14.8 per cent', at);
    expect(change.proposition).toMatchObject({ measure: 'passengers', statType: 'change', subject: ['changi-airport'] });
    expect(change.period?.start).toBe('2024-01-01');
  });
});
