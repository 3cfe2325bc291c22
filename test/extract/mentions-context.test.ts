import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const meta = { publishedAt: '2024-06-15', title: null };

/** The proposition of the claim quoted `figure` in `text`. */
function propositionOf(text: string, figure: string) {
  const claim = extract(text, meta).claims.find((c) => c.quote.exact.startsWith(figure));
  expect(claim, `no claim quoted ${figure}`).toBeDefined();
  return claim!.proposition;
}

describe('companies named by description', () => {
  it('reads "the Chinese company" as the company named before, not as China', () => {
    const text = 'Geely opened a new plant in Hangzhou.\nOverall, the Chinese company sold 2.8 million vehicles in 2023.';
    expect(propositionOf(text, '2.8 million vehicles')).toMatchObject({ measure: 'sales', subject: ['geely'] });
  });

  it('reads "It" opening a sentence as the company of the sentence before', () => {
    const text = 'Geely sold 2.8 million vehicles in 2023. It sold 480,000 battery cars abroad in 2023.';
    expect(propositionOf(text, '480,000')).toMatchObject({ measure: 'sales', subject: ['geely'] });
  });

  it('reads the agent of a passive measure verb', () => {
    const text = 'Toyota beat its rival, falling short only of the 240,000 vehicles delivered by Hyundai in May 2024.';
    expect(propositionOf(text, '240,000 vehicles')).toMatchObject({ measure: 'sales', subject: ['hyundai'] });
  });

  it('reads units delivered and units sold as one measure, but keeps a delivery to a named party apart', () => {
    expect(propositionOf('Toyota delivered 3.1 million cars in 2023.', '3.1 million cars')).toMatchObject({ measure: 'sales', subject: ['toyota'] });
    expect(propositionOf('Toyota sold 3.1 million cars in 2023.', '3.1 million cars')).toMatchObject({ measure: 'sales', subject: ['toyota'] });
    expect(propositionOf('Germany delivered 18 tanks to Ukraine in 2023.', '18 tanks')).toMatchObject({
      measure: 'deliveries',
      subject: ['germany'],
      counterpart: 'ukraine',
    });
    // growth rates follow; a country's or a pipeline's deliveries stay flows
    expect(propositionOf("Toyota's deliveries grew 5% in 2023.", '5%')).toMatchObject({ measure: 'sales', statType: 'change' });
    expect(propositionOf("Norway's gas deliveries grew 5% in 2023.", '5%')).toMatchObject({ measure: 'deliveries', subject: ['norway'] });
  });

  it('reads a name that describes ("the Seoul-based firm") as no party', () => {
    const text = 'Hyundai sold 4.2 million cars in 2023, while the Seoul-based firm sold 1.1 million abroad.';
    const p = propositionOf(text, '4.2 million cars');
    expect(p?.subject).toEqual(['hyundai']);
  });

  it('reads the party of an epithet from elsewhere: "Europe\'s largest economy" is not Europe', () => {
    const text = "German output data came out on Monday. Europe's largest economy saw its gross domestic product fall 0.4% in 2023.";
    expect(propositionOf(text, '0.4%')).toMatchObject({ measure: 'gdp', subject: ['germany'] });
  });
});

describe('list items under a heading', () => {
  it('take the measure named above them, each with its own party', () => {
    const text = 'Largest defence budgets in 2022\n1. Canada: $26.9 billion\n2. Brazil: $20.2 billion';
    expect(propositionOf(text, '$26.9 billion')).toMatchObject({ measure: 'military-spending', subject: ['canada'] });
    expect(propositionOf(text, '$20.2 billion')).toMatchObject({ measure: 'military-spending', subject: ['brazil'] });
  });

  it('take the period of the heading', () => {
    const text = 'Largest defence budgets in 2022\n1. Canada: $26.9 billion\n2. Brazil: $20.2 billion';
    const claim = extract(text, meta).claims.find((c) => c.quote.exact === '$20.2 billion');
    expect(claim?.period).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(claim?.comparable).toBe(true);
  });

  it('take no measure when the line above names none', () => {
    const text = 'Our correspondents in 2022\n1. Canada: $26.9 billion';
    expect(propositionOf(text, '$26.9 billion')).toBeNull();
  });
});

describe('a name of the document inside a gazetteer name', () => {
  it('reads "Power of Siberia" whole though "Power" recurs on its own', () => {
    const text =
      'Gas via Power of Siberia rose. Exports via the Power of Siberia pipeline reached 20 billion cubic meters in 2022, and Power of Siberia volumes grew again in 2023.';
    expect(propositionOf(text, '20 billion cubic meters')).toMatchObject({ measure: 'deliveries', subject: ['power-of-siberia'] });
  });
});

describe('figures given "respectively"', () => {
  it('belong to the parties in the order they are named', () => {
    const text = 'In 2023 Canada and Brazil spent $26.9 billion and $22.9 billion, respectively, on defence.';
    expect(propositionOf(text, '$26.9 billion')).toMatchObject({ measure: 'military-spending', subject: ['canada'] });
    expect(propositionOf(text, '$22.9 billion')).toMatchObject({ measure: 'military-spending', subject: ['brazil'] });
  });
});

describe('the measure a figure governs', () => {
  it('is the noun after "a 12% rise in", not a measure named before the figure', () => {
    const text = 'In 2023 Hyundai posted a 9% increase in production and a 12% rise in sales.';
    expect(propositionOf(text, '9%')).toMatchObject({ measure: 'production', statType: 'change' });
    expect(propositionOf(text, '12%')).toMatchObject({ measure: 'sales', statType: 'change' });
  });
});

describe('a part of an earlier figure', () => {
  it("does not take the whole figure's proposition", () => {
    const text = 'Geely sold 2.8 million vehicles in 2023, including 0.5 million.';
    expect(propositionOf(text, '2.8 million vehicles')).toMatchObject({ measure: 'sales', subject: ['geely'] });
    expect(propositionOf(text, '0.5 million')).toBeNull();
  });
});

describe('a place an organisation is based in', () => {
  it('is not the party of the figure', () => {
    const text = 'The Geneva-based body said global arms spending hit $2.4 trillion in 2023.';
    expect(propositionOf(text, '$2.4 trillion')?.subject).not.toContain('switzerland');
  });
});

describe('a basis the measure implies', () => {
  it('changes nothing: price-adjusted GDP growth is GDP growth, a calendar adjustment is not', () => {
    const plain = propositionOf('Austrian GDP fell 0.8% in 2023.', '0.8%');
    expect(propositionOf('Price-adjusted gross domestic product in Austria fell 0.8% in 2023.', '0.8%')).toEqual(plain);
    expect(propositionOf('Calendar-adjusted GDP in Austria fell 0.6% in 2023.', '0.6%')?.basis).toBe('calendar-adjusted');
  });
});

describe('"output" in a text about GDP', () => {
  it('is GDP, while "production" stays production', () => {
    const text = 'The Austrian economy grew 1.2% in 2022. Output declined by 0.8% in 2023, and production in manufacturing fell 2.5% in 2023.';
    expect(propositionOf(text, '0.8%')).toMatchObject({ measure: 'gdp', subject: ['austria'] });
    expect(propositionOf(text, '2.5%')?.measure).toBe('production');
  });
});

describe('"the Chinese firm" among several companies', () => {
  it('is the company based in China, wherever it was named', () => {
    const text = 'Toyota kept its lead over Geely in 2023, as the Chinese firm sold 2.8 million vehicles in 2023.';
    expect(propositionOf(text, '2.8 million vehicles')).toMatchObject({ measure: 'sales', subject: ['geely'] });
    const other = 'Geely trailed Toyota in 2023, as the Japanese company sold 11.2 million vehicles in 2023.';
    expect(propositionOf(other, '11.2 million vehicles')).toMatchObject({ measure: 'sales', subject: ['toyota'] });
  });

  it('"global sales" of a company are the company\'s', () => {
    const text = 'Geely opened a plant in Hangzhou. The company reported global sales of 2.8 million vehicles in 2023.';
    expect(propositionOf(text, '2.8 million vehicles')).toMatchObject({ measure: 'sales', subject: ['geely'] });
  });
});

describe('a facet the company implies', () => {
  it('changes nothing: a maker of electric cars only delivers electric cars', () => {
    expect(propositionOf('Rivian delivered 50,122 electric vehicles in 2023.', '50,122')).toMatchObject({ measure: 'sales', subject: ['rivian'], facets: [] });
    expect(propositionOf('Sales of electric cars at Geely reached 480,000 in 2023.', '480,000')?.facets).toEqual(['electric-vehicles']);
  });
});

describe('"N of them"', () => {
  it('is a subset of things counted before and states no proposition of its own', () => {
    const text = 'Geely built 300,000 compact cars in 2023 and sold 280,000 of them.';
    expect(propositionOf(text, '280,000')).toBeNull();
  });

  it('keeps the measure when it narrows the same things by time', () => {
    const text = 'China and Russia held 40 exercises from 2014 to 2024, with 9 of them in 2024 alone.';
    expect(propositionOf(text, '9')?.measure).toBe('exercises');
  });
});
