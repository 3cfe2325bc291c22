import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2024-06-15', title: null };

const claimOf = (text: string, quote: string) => {
  const c = extract(text, META).claims.find((x) => x.quote.exact === quote);
  expect(c, `no claim "${quote}" in ${text}`).toBeDefined();
  return c!;
};

describe('measures that news names alike stay apart', () => {
  const APART: Array<[string, string, string, string, string]> = [
    [
      'a current account deficit is no budget deficit',
      "Ruritania's current account deficit reached $40 billion in 2023.",
      '$40 billion',
      "Ruritania's budget deficit reached $40 billion in 2023.",
      '$40 billion',
    ],
    [
      'a mortgage rate is no policy rate',
      "Ruritania's average mortgage rate was 6.1% in May 2024.",
      '6.1%',
      "Ruritania's policy rate was 5% in May 2024.",
      '5%',
    ],
    ['a minimum wage is no average wage', "Ruritania's minimum wage rose 10% in 2023.", '10%', "Ruritania's wages rose 10% in 2023.", '10%'],
    [
      'a per-share dividend is no total payout',
      "Acme Holdings' quarterly dividend was $0.50 for 2023.",
      '$0.50',
      "Acme Holdings' dividend payments reached $2 billion in 2023.",
      '$2 billion',
    ],
    [
      'an order backlog is no flow of new orders',
      "Acme Aero's order backlog stood at 900 aircraft in 2023.",
      '900 aircraft',
      "Acme Aero's new orders reached 900 aircraft in 2023.",
      '900 aircraft',
    ],
    [
      'tourism revenue is no revenue of the state',
      "Ruritania's tourism revenue reached $9 billion in 2023.",
      '$9 billion',
      "Ruritania's tax revenue reached $9 billion in 2023.",
      '$9 billion',
    ],
    [
      'an employment rate is no unemployment rate',
      "Ruritania's employment rate was 70% in 2023.",
      '70%',
      "Ruritania's unemployment rate was 7% in 2023.",
      '7%',
    ],
    [
      'knife crime is a part of crime',
      'Police in Ruritania recorded 50,000 knife crimes in 2023.',
      '50,000 knife',
      'Police in Ruritania recorded 5.9 million crimes in 2023.',
      '5.9 million crimes',
    ],
    [
      'gun homicides are a part of homicides',
      'Ruritania recorded 2,000 gun homicides in 2023.',
      '2,000 gun',
      'Ruritania recorded 3,000 homicides in 2023.',
      '3,000 homicides',
    ],
    [
      'the area burned is no forest lost to clearing',
      'The area burned in Ruritania reached 90,000 hectares in 2023.',
      '90,000 hectares',
      'Deforestation in Ruritania reached 90,000 hectares in 2023.',
      '90,000 hectares',
    ],
    [
      'one country’s electricity prices are not another’s',
      'Electricity prices in Germany rose 20% in 2023.',
      '20%',
      "France's electricity prices rose 20% in 2023.",
      '20%',
    ],
    [
      'food prices are no food inflation rate (which is inflation, narrowed to food)',
      'Food prices in Ruritania rose 6% in 2023.',
      '6%',
      "Ruritania's food inflation was 6% in 2023.",
      '6%',
    ],
  ];
  it.each(APART)('%s', (_name, a, qa, b, qb) => {
    const one = claimOf(a, qa);
    const two = claimOf(b, qb);
    expect(one.proposition).not.toBeNull();
    expect(two.proposition).not.toBeNull();
    expect(one.metric).not.toBe(two.metric);
  });

  // Words that would read a figure as a measure it is not: each figure here stays off the measure named.
  const NOT: Array<[string, string, string, string]> = [
    ['ships that carry cargo are no tonnage of freight', 'Rebels attacked 100 cargo ships in the Red Sea in 2024.', '100 cargo', 'freight'],
    ['stocks of gas are no share price', "Ruritania's gas stocks fell 5% in 2023.", '5%', 'share-price'],
    ['money spent on shares is no share price', 'Acme Capital bought $1 billion of shares in 2023.', '$1 billion', 'share-price'],
    ['seats filled are a load factor, not seats won', 'Acme Air filled 93% of its seats in May 2024.', '93%', 'seats'],
    ['a bare dividend may be per share or in total', 'Acme Holdings raised its dividend to $2 billion in 2023.', '$2 billion', 'dividends'],
    ['votes on a bill are no count of an election’s votes', 'Ruritania’s senate passed the bill by 68 votes in 2023.', '68 votes', 'votes'],
  ];
  it.each(NOT)('%s', (_name, text, quote, measure) => {
    expect(claimOf(text, quote).proposition?.measure).not.toBe(measure);
  });
});

describe('measures stated in different words meet', () => {
  const SAME: Array<[string, string, string, string, string]> = [
    [
      'hospitalisations are hospital admissions',
      'Hospitalisations in Ruritania rose 12% in 2023.',
      '12%',
      'Hospital admissions in Ruritania rose 12% in 2023.',
      '12%',
    ],
    [
      'a participation rate by either spelling',
      "Ruritania's labor force participation rate was 62% in 2023.",
      '62%',
      "Ruritania's labour force participation was 62% in 2023.",
      '62%',
    ],
    [
      'EBITDA, adjusted or not, as the company states it',
      "Acme Holdings' EBITDA reached $3 billion in 2023.",
      '$3 billion',
      "Acme Holdings' adjusted EBITDA reached $3 billion in 2023.",
      '$3 billion',
    ],
    [
      'a move in a company’s shares is a move in its share price',
      "Acme's shares fell 26% on May 2, 2024.",
      '26%',
      "Acme's share price fell 26% on May 2, 2024.",
      '26%',
    ],
    [
      'acreage is planted area',
      'Farmers in Ruritania planted 9 million acres of wheat in 2023.',
      '9 million acres',
      "Ruritania's wheat acreage reached 9 million acres in 2023.",
      '9 million acres',
    ],
  ];
  it.each(SAME)('%s', (_name, a, qa, b, qb) => {
    const one = claimOf(a, qa);
    const two = claimOf(b, qb);
    expect(one.proposition).not.toBeNull();
    expect(one.metric).toBe(two.metric);
  });
});
