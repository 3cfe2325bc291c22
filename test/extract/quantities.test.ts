import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findQuantities } from '../../src/extract/quantities.js';

const claims = (text: string) => extract(text, { publishedAt: '2025-06-01' }).claims;
/** The one figure a sentence states, as [quote, value, unit]. */
const only = (text: string) => {
  const found = findQuantities(text);
  expect(found, `${text} → ${JSON.stringify(found.map((q) => text.slice(q.start, q.end)))}`).toHaveLength(1);
  const q = found[0]!;
  return { quote: text.slice(q.start, q.end), ...q };
};

type Row = [sentence: string, quote: string, value: number, unit: string];
const table = (rows: Row[]) =>
  it.each(rows)('%s', (sentence, quote, value, unit) => {
    expect(only(sentence)).toMatchObject({ quote, value, unit });
  });

describe('exact values: no binary rounding noise in values or bounds', () => {
  table([
    ['The port handled cargo worth $236.67 billion.', '$236.67 billion', 236670000000, 'USD'],
    ['The city set aside $7.1 million for repairs.', '$7.1 million', 7100000, 'USD'],
    ['A levy of 0.3 per cent was added.', '0.3 per cent', 0.3, 'percent'],
    ['Pay grew 4.8pc over the year.', '4.8pc', 4.8, 'percent'],
    ['Exports reached €1.15 trillion.', '€1.15 trillion', 1150000000000, 'EUR'],
  ]);

  it('computes interval bounds from the decimal digits', () => {
    const [c] = claims('The jobless rate was 5.3% in May.');
    expect(c!.interval).toEqual({ low: 5.25, high: 5.35 });
    const [d] = claims('The deal was worth $4.7 million.');
    expect(d!.interval).toEqual({ low: 4650000, high: 4750000 });
  });

  it('rounds a count written with a magnitude word to its last digit, and keeps a plain integer count exact', () => {
    const [c] = claims('The factory built 1.85 million cars.');
    expect(c!.interval).toEqual({ low: 1845000, high: 1855000 });
    const [d] = claims('The factory built 1,845,985 cars.');
    expect(d!.interval).toEqual({ low: 1845985, high: 1845985 });
  });
});

describe('thousands separators', () => {
  table([
    ['Farms used 12,450 tonnes of seed.', '12,450 tonnes', 12450, 't'],
    ['The grid added 3 870 GW of panels.', '3 870 GW', 3870, 'GW'],
    ['The grid added 4\u2009120 GW of panels.', '4\u2009120 GW', 4120, 'GW'],
    ['The grid added 2\u202f650 GW of panels.', '2\u202f650 GW', 2650, 'GW'],
    ['The grid added 1\u00a0905 GW of panels.', '1\u00a0905 GW', 1905, 'GW'],
    ['The canton spent CHF 1’250’000 on roads.', 'CHF 1’250’000', 1250000, 'CHF'],
    ["The canton spent CHF 3'400 on signs.", "CHF 3'400", 3400, 'CHF'],
  ]);
});

describe('decimal comma where it cannot be a thousands separator', () => {
  table([
    ['Installed capacity rose to 184,5 GW.', '184,5 GW', 184.5, 'GW'],
    ['The tariff is 2,75 % this year.', '2,75 %', 2.75, 'percent'],
    ['Output reached 1.234.567,5 tonnes.', '1.234.567,5 tonnes', 1234567.5, 't'],
  ]);
});

describe('Indian lakh and crore grouping and words', () => {
  table([
    ['The scheme paid 45,67,890.50 rupees.', '45,67,890.50 rupees', 4567890.5, 'INR'],
    ['The temple received ₹3 crore.', '₹3 crore', 30000000, 'INR'],
    ['Farmers got Rs 2.5 lakh each.', 'Rs 2.5 lakh', 250000, 'INR'],
  ]);
});

describe('magnitude words and abbreviations, glued or not', () => {
  table([
    ['The club sold 45k shirts.', '45k shirts', 45000, 'count'],
    ['The club earned £62m last season.', '£62m', 62000000, 'GBP'],
    ['Ships carried 6.5m tonnes of ore.', '6.5m tonnes', 6500000, 't'],
    ['The bank lent $3.2bn to the port.', '$3.2bn', 3200000000, 'USD'],
    ['The bank lent $3.2 bn to the port.', '$3.2 bn', 3200000000, 'USD'],
    ['Russia exported 14.2 bln cubic meters of gas.', '14.2 bln cubic meters', 14200000000, 'm3'],
    ['The firm booked 7 mln euros.', '7 mln euros', 7000000, 'EUR'],
    // (As the Malaysian press writes them.)
    ['Exports reached US$683.8bil last year.', 'US$683.8bil', 683800000000, 'USD'],
    ['The project will cost RM1.2bil.', 'RM1.2bil', 1200000000, 'MYR'],
    ['The ministry spent 9 mn dollars.', '9 mn dollars', 9000000, 'USD'],
    ['Reserves stood at $1.2tn.', '$1.2tn', 1200000000000, 'USD'],
    ['Debt rose to 3 trln rubles.', '3 trln rubles', 3000000000000, 'RUB'],
    ['The startup raised $40b from investors.', '$40b', 40000000000, 'USD'],
    ['The app has 30m users.', '30m users', 30000000, 'count'],
  ]);

  it('reads a bare "m" as metres when no plural noun or money makes it a million', () => {
    expect(only('The crane lifted the beam 30m above the road.')).toMatchObject({ value: 30, unit: 'm' });
  });

  it('reads a capital "M" or "B" glued to a number as millions or billions, whatever follows', () => {
    expect(only('Hulu has 50.2M total subscribers.')).toMatchObject({ value: 50200000, unit: 'count' });
    expect(only('ESPN+ boasts 24.8M.')).toMatchObject({ value: 24800000 });
    expect(only('The platform reached 1.1B in reach.')).toMatchObject({ value: 1100000000 });
  });
});

describe('spelled and mixed numbers', () => {
  table([
    ['The county recorded 6 hundred million litres of runoff.', '6 hundred million litres', 600000000, 'L'],
    ['Some forty-two thousand six hundred nine voters turned out.', 'Some forty-two thousand six hundred nine voters', 42609, 'count'],
    ['The hall seats one hundred and six guests.', 'one hundred and six guests', 106, 'count'],
    ['The rope is 3 1/2 metres long.', '3 1/2 metres', 3.5, 'm'],
    ['A half million dollars went missing.', 'A half million dollars', 500000, 'USD'],
  ]);
});

describe('ranges whose scale or unit is written once', () => {
  const range = (sentence: string, low: number, high: number, unit: string) => {
    const q = only(sentence);
    expect(q.range).toEqual({ low, high });
    expect(q.unit).toBe(unit);
    expect(q.value).toBe((low + high) / 2);
  };
  it('shares a currency and a magnitude written on the high end', () => range('Analysts expect $61 to $66 billion in sales.', 61e9, 66e9, 'USD'));
  it('shares a magnitude word', () => range('Between 3 and 4 thousand people marched.', 3000, 4000, 'count'));
  it('shares a hyphenated unit', () => range('They plan 12- to 20-metre masts.', 12, 20, 'm'));
  it('reads a dash range with its unit', () => range('Cells hold 40–55 kWh each.', 40, 55, 'kWh'));
  it('keeps the low end unscaled when scaling it would pass the high end', () =>
    range('Estimates put crowds at 800 to 1.5 million people.', 800, 1500000, 'count'));
  it('reads a bare range after "between" or a "from" that moves nothing', () => range('Scores are high, from 6 to 9, in most schools.', 6, 9, 'count'));
  it('reads "from X to Y" after a verb of change as two figures', () => {
    expect(findQuantities('Inflation fell from 6.1% to 4.2% this year.').map((q) => q.value)).toEqual([6.1, 4.2]);
  });
});

describe('signs, accounting negatives and leading-dot decimals', () => {
  table([
    ['Growth was −1.7% in the quarter.', '−1.7%', -1.7, 'percent'],
    ['Growth was -0.4% in the quarter.', '-0.4%', -0.4, 'percent'],
    ['Margins came in at minus three percent.', 'minus three percent', -3, 'percent'],
    ['Net income was ($45.20) for the unit.', '($45.20)', -45.2, 'USD'],
    ['The error rate is .004 per cent.', '.004 per cent', 0.004, 'percent'],
    ['Nights fell to -12 °C in the valley.', '-12 °C', -12, '°C'],
    ['The levy is per cent of 15 on imports.', 'per cent of 15', 15, 'percent'],
  ]);

  it('reads "40 per cent of 2,000 workers" as a share and a count', () => {
    expect(findQuantities('About 40 per cent of 2,000 workers struck.').map((q) => [q.value, q.unit])).toEqual([
      [40, 'percent'],
      [2000, 'count'],
    ]);
  });

  it('keeps an amount restated in brackets after another figure positive', () => {
    const found = findQuantities('Trade reached 2.1 trillion yuan ($290 billion) last year.');
    expect(found.map((q) => [q.value, q.unit])).toEqual([
      [2.1e12, 'CNY'],
      [290e9, 'USD'],
    ]);
    expect(only('The biggest rise was in health ($41 billion).').value).toBe(41e9);
  });
});

describe('hedges written as symbols', () => {
  it.each([
    ['Turnout was ~72% in the north.', 'approximately'],
    ['Turnout was ≈72% in the north.', 'approximately'],
    ['Turnout was <72% in the north.', 'less_than'],
    ['Turnout was >72% in the north.', 'more_than'],
    ['Turnout was ≥72% in the north.', 'at_least'],
    ['Turnout was ≤72% in the north.', 'at_most'],
  ])('%s', (sentence, qualifier) => {
    expect(only(sentence)).toMatchObject({ value: 72, unit: 'percent', qualifier });
  });

  it.each([
    ['The army handed over 12 tanks to the border brigade.', 12, 'exact'],
    ['Police turned over 40 files to the court.', 40, 'exact'],
    ['The army has over 12 tanks at the border.', 12, 'more_than'],
    ['The army handed them well over 12 tanks.', 12, 'more_than'],
  ] as const)('"over" after "hand"/"turn" is the verb’s, otherwise a floor: %s', (sentence, value, qualifier) => {
    expect(only(sentence)).toMatchObject({ value, qualifier });
  });

  it('reads a trailing plus as "at least"', () => {
    const [c] = claims('The festival drew 20,000+ visitors.');
    expect(c).toMatchObject({ value: 20000, qualifier: 'at_least', interval: { low: 20000, high: null } });
  });
});

describe('units glued, abbreviated or in capitals', () => {
  table([
    ['The storm gusted to 95mph on the coast.', '95mph', 95, 'mph'],
    ['The storm gusted to 150 km/h on the coast.', '150 km/h', 150, 'km/h'],
    ['Each tablet holds 500mg of the drug.', '500mg', 500, 'mg'],
    ['The phone ships with 256GB of storage.', '256GB', 256, 'GB'],
    ['The frequency dipped to 49.85 HZ at noon.', '49.85 HZ', 49.85, 'Hz'],
    ['The fence is 6 FEET tall.', '6 FEET', 6, 'ft'],
    ['The plant produces 1,100 MW at peak.', '1,100 MW', 1100, 'MW'],
    ['Solar output reached 18.2 TWh in spring.', '18.2 TWh', 18.2, 'TWh'],
    ['Demand fell to 12 Mtoe.', '12 Mtoe', 12000000, 'toe'],
    ['The lake covers 84 square kilometres.', '84 square kilometres', 84, 'km2'],
    ['The river carried 3.1 cubic kilometres of water.', '3.1 cubic kilometres', 3.1, 'km3'],
    ['Each truck takes 40,000 litres of fuel.', '40,000 litres', 40000, 'L'],
    ['Nord Stream carried 55 bcm a year.', '55 bcm a year', 55000000000, 'm3'],
    ['Refiners bought 2.3 million barrels.', '2.3 million barrels', 2300000, 'bbl'],
    ['The summit peaks at 8,849 metres.', '8,849 metres', 8849, 'm'],
    ['The temperature hit 39.6C on Monday.', '39.6C', 39.6, '°C'],
    ['Dallas sweltered at 107F on Monday.', '107F', 107, '°F'],
    ['Forecasters expect temperatures of 28C-31C.', '28C-31C', 29.5, '°C'],
    ['They built a 6m-high fence.', '6m', 6, 'm'],
    ['The central bank cut by 50 basis points.', '50 basis points', 50, 'bp'],
    ['Margins widened 1.5 percentage points.', '1.5 percentage points', 1.5, 'percentage_point'],
  ]);

  it('reads "1 in 5" and "one in four" as shares', () => {
    expect(only('Roughly 1 in 8 homes is empty.')).toMatchObject({ value: 12.5, unit: 'percent', qualifier: 'approximately' });
    expect(only('Now one in four adults works from home.')).toMatchObject({ value: 25, unit: 'percent' });
  });
});

describe('currencies', () => {
  table([
    ['The tower cost HK$2.9 billion.', 'HK$2.9 billion', 2900000000, 'HKD'],
    ['The mine cost C$820 million.', 'C$820 million', 820000000, 'CAD'],
    ['The mine cost A$1.1 billion.', 'A$1.1 billion', 1100000000, 'AUD'],
    ['The purse rose to Aus$111.5 million.', 'Aus$111.5 million', 111500000, 'AUD'],
    ['The farm sold for NZD$14 million.', 'NZD$14 million', 14000000, 'NZD'],
    ['The farm sold for NZ$14 million.', 'NZ$14 million', 14000000, 'NZD'],
    ['The line cost S$3 billion.', 'S$3 billion', 3000000000, 'SGD'],
    ['Chips cost NT$5,000 each.', 'NT$5,000', 5000, 'TWD'],
    ['The stadium cost R$700 million.', 'R$700 million', 700000000, 'BRL'],
    ['Tickets sold for MX$350.', 'MX$350', 350, 'MXN'],
    ['The bill came to USD4,800.', 'USD4,800', 4800, 'USD'],
    ['Dinner was RM85 per head.', 'RM85', 85, 'MYR'],
    ['A coffee costs 3,40€ here.', '3,40€', 3.4, 'EUR'],
    ['The fare is 12 € now.', '12 €', 12, 'EUR'],
    ['The stall sold dumplings for 25 rmb.', '25 rmb', 25, 'CNY'],
    ['The guide charged 60 usd per day.', '60 usd per day', 60, 'USD'],
    ['The loan was 300 million Swiss francs.', '300 million Swiss francs', 300000000, 'CHF'],
    ['Canberra pledged 8.2 million Australian dollars.', '8.2 million Australian dollars', 8200000, 'AUD'],
    ['A stamp now costs 85p.', '85p', 0.85, 'GBP'],
    ['The candy was 45 cents.', '45 cents', 0.45, 'USD'],
  ]);

  it('reads ¥ as yuan when the sentence is about China and as yen otherwise', () => {
    expect(only('Chinese retailers booked ¥80 billion on the day.').unit).toBe('CNY');
    expect(only('Toyota booked ¥80 billion in profit.').unit).toBe('JPY');
  });

  it('reads "pounds" as weight or sterling from the sentence', () => {
    expect(only('The boxer weighs 210 pounds.').unit).toBe('lb');
    expect(only('The catch was 40 pounds of cod.').unit).toBe('lb');
    expect(only('The club paid 40 million pounds for him.').unit).toBe('GBP');
    expect(only('Tickets in London cost 95 pounds.').unit).toBe('GBP');
    // (Money is received, won and pocketed; weight is not.)
    expect(only("Last year's champions received 2.35 million pounds each.").unit).toBe('GBP');
    expect(only('The winners will pocket 2.7 million pounds.').unit).toBe('GBP');
    expect(only('The baby weighed 9 pounds.').unit).toBe('lb');
  });

  it('reads "crowns" and "kroner" as the crown of the country the sentence or the text names, and as no money where none is named', () => {
    expect(only('Norway’s wealth fund made a profit of 2.22 trillion crowns.').unit).toBe('NOK');
    expect(only('Swedish exports reached 2 trillion crowns.').unit).toBe('SEK');
    expect(only('Danish pension funds hold 5 trillion kroner.').unit).toBe('DKK');
    const text = 'Norway’s wealth fund had a record year. The fund is worth 15.76 trillion kroner.';
    expect(extract(text, { publishedAt: '2024-01-30' }).claims.map((c) => c.unit)).toEqual(['NOK']);
    expect(only('The horse won three crowns.').unit).toBe('count');
    expect(only('The dentist fitted 12 crowns.').unit).toBe('count');
  });
});

describe('direction of change', () => {
  it.each([
    ['Sales rose 4.2% last year.', 'increase'],
    ['Sales grew by 4.2% last year.', 'increase'],
    ['Shares were up 4.2% at noon.', 'increase'],
    ['Sales fell 4.2% last year.', 'decrease'],
    ['Sales dropped by about 4.2% last year.', 'decrease'],
    ['Shares were down 4.2% at noon.', 'decrease'],
    ['It posted a 4.2% decline in sales.', 'decrease'],
    ['It posted a 4.2% increase in sales.', 'increase'],
    ['Unemployment reached 4.2% last year.', null],
    ['Unemployment rose to 4.2% last year.', null],
    ['Wind power: +4.2% on the year.', 'increase'],
    ['The charity raised $4.2 million last year.', null],
    ['The bank raised rates by 4.2% in a year.', 'increase'],
  ])('%s → %s', (sentence, change) => {
    expect(claims(sentence)[0]?.change).toBe(change);
  });
});

describe('things that are not figures', () => {
  it.each([
    ['With 3:40 left, the home side scored.'],
    ['The visitors won 4-2 on Sunday.'],
    ['It was a 2–1 victory for the hosts.'],
    ['The meeting starts at 9 pm sharp.'],
    ['A category 4 hurricane hit the coast.'],
    ['The laptop runs a Core i5 1135 chip.'],
    ['See https://example.org/report?page=12&size=40 for details.'],
    ['Search for q=25%25%20off%20 on the site.'],
    ['Talks began in 2019 in Geneva.'],
    ['The law took effect on 12/03/2024 after a vote.'],
    ['He lives on Fifth Avenue near the 21st-century museum.'],
    ['The Boeing 777 landed safely.'],
    ['Delegates met at COP29 in Baku.'],
    ['The motion passed 301-198 in parliament.'],
    ['The Hawks beat the Bulls 102 to 96 at home.'],
    ['To save, press 4F on the keypad.'],
    ['It was a 50-50 call for the referee.'],
    ['Odds like that are one in a million.'],
    ['Spaced letters are no units: grade 7 C in the list.'],
    ['The planemaker kept the top spot for a fifth year.'],
    ['Retail sales fell for a third straight month.'],
  ])('%s', (sentence) => {
    expect(claims(sentence)).toEqual([]);
  });
});

describe('figures beside capitalised words', () => {
  // A bare number before a capitalised word may be a model ("the 737 MAX"); one written with
  // thousands separators never is.
  table([
    ['The carmaker delivered 481,302 EVs in the spring.', '481,302', 481302, 'count'],
    ['Dealers sold 12,050 SUVs in March.', '12,050', 12050, 'count'],
    ['Registrations reached 1\u2009204\u2009300 EVs across the bloc.', '1\u2009204\u2009300', 1204300, 'count'],
  ]);
  it('reads "EV" as an electric vehicle, and only "eV" as the electronvolt', () => {
    expect(findQuantities('The town installed 35 EV chargers.').map((q) => q.unit)).not.toContain('eV');
    expect(only('The beam carried 7 eV photons.')).toMatchObject({ value: 7, unit: 'eV' });
  });
});

describe('offsets', () => {
  it('quotes slice back to the figure in code points, with emoji and new number forms', () => {
    const text = 'Fans 🎉 paid ≈HK$1\u2009250 each; turnout was 45,67,890 and growth −2.5%.';
    const chars = Array.from(text);
    const found = claims(text);
    expect(found.length).toBe(3);
    for (const c of found) expect(chars.slice(c.quote.start, c.quote.end).join('')).toBe(c.quote.exact);
  });
});

describe('property: a decimal times a magnitude word is that exact decimal', () => {
  const magnitudes: Array<[word: string, exponent: number, glued: boolean]> = [
    ['thousand', 3, false],
    ['million', 6, false],
    ['billion', 9, false],
    ['trillion', 12, false],
    ['k', 3, true],
    ['m', 6, true],
    ['mn', 6, true],
    ['mln', 6, false],
    ['bn', 9, true],
    ['bln', 9, false],
    ['bil', 9, true],
    ['b', 9, true],
    ['tn', 12, true],
    ['trln', 12, false],
    ['lakh', 5, false],
    ['crore', 7, false],
  ];
  const decimal = fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 4 }));

  test.prop([decimal, fc.constantFrom(...magnitudes)])(
    'value and bounds come from the digits, not from float products',
    ([int, frac], [word, exponent, glued]) => {
      const fraction = frac.slice(0, Math.max(0, exponent - 1));
      const digits = fraction ? `${int}.${fraction}` : String(int);
      const sentence = `The fund paid $${digits}${glued ? '' : ' '}${word} to savers.`;
      const [c] = claims(sentence);
      // The oracle is integer arithmetic on the digit string.
      const mantissa = BigInt(`${int}${fraction}`);
      const places = fraction.length;
      const expected = Number(mantissa * 10n ** BigInt(exponent - places));
      expect(c, sentence).toBeDefined();
      expect(c!.value, sentence).toBe(expected);
      expect(c!.unit).toBe('USD');
      const half = (m: bigint) => Number(m * 10n ** BigInt(exponent - places - 1));
      expect(c!.interval).toEqual({ low: half(mantissa * 10n - 5n), high: half(mantissa * 10n + 5n) });
    },
  );
});
