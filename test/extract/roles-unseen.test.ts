import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/extract/passages.js';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-02-01' };

describe('a figure with its own passive verb takes that verb’s measure', () => {
  it.each([
    ['At least 31 people were killed and 410 were wounded when the bridge collapsed.', '410', 'injured'],
    ['Two hikers died and 9 were injured in the avalanche.', '9', 'injured'],
    ['Five workers were hurt and 3 were killed in the blast at the plant.', '3', 'deaths'],
    ['Rescuers said 120 people were injured and 14 others were reportedly missing.', '14', 'missing'],
  ])('%s', (text, figure, measure) => {
    expect(claimQuoted(text, figure, META, { exact: true }).proposition?.measure).toBe(measure);
  });

  it('and the first figure keeps the verb before the second', () => {
    expect(claimQuoted('At least 31 people were killed and 410 were wounded when the bridge collapsed.', 'At least 31', META).proposition?.measure).toBe(
      'deaths',
    );
  });
});

describe('a currency’s adjective names the money, not the party', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'Hyundai profit jumps',
      'Operating profit came in at 3.8 trillion Korean won, against 2.9 trillion Korean won a year earlier.',
      '3.8 trillion Korean won',
      'hyundai',
    ],
    [
      'Arcelik revenue tops estimates',
      'Revenue: 92 billion Turkish lira (about $3 billion), vs. 88 billion Turkish lira expected.',
      '92 billion Turkish lira',
      'arcelik',
    ],
    ['Tencent revenue climbs', 'In Chinese yuan terms, revenue rose 7% in the quarter.', '7%', 'tencent'],
    [
      'China GDP expands 5.2% in 2023',
      "The country's GDP reached a record of 126.06 trillion yuan (about 17.71 trillion U.S. dollars) in 2023.",
      '126.06 trillion yuan',
      'china',
    ],
    ['Prada sales rise', 'Sales reached 4.7 billion Hong Kong dollars in the half.', '4.7 billion Hong Kong dollars', 'prada'],
  ];
  it.each(cases)('%s: %s', (title, text, figure, subject) => {
    const c = claimQuoted(text, figure, { ...META, title });
    expect(c.proposition?.subject).toEqual([subject]);
  });
});

describe('a country named before a currency that is also a verb is still a party', () => {
  it('"Korea won" is a victory, not money', () => {
    const c = claimQuoted('South Korea won 13 gold medals, and its exports rose 5% in 2023.', '5%', META);
    expect(c.proposition?.subject).toEqual(['south-korea']);
  });
});

describe('who a figure is cited from or expected by is not whom it is of', () => {
  it.each([
    ['Netflix revenue beats forecasts', 'Revenue came in at $8.83 billion, above the $8.71 billion expected by LSEG analysts.', '$8.71 billion'],
    ['Kia revenue tops estimates', 'Quarterly revenue was 24 trillion won, above the average estimate by FnGuide.', '24 trillion won'],
  ])('%s: %s', (title, text, figure) => {
    const c = claimQuoted(text, figure, { ...META, title });
    const party = title.split(' ')[0]!.toLowerCase();
    expect(c.proposition?.subject).toEqual([party]);
  });

  it('and a figure somebody expected is their forecast', () => {
    const text = 'Revenue came in at $8.83 billion, above the $8.71 billion expected by LSEG analysts.';
    expect(claimQuoted(text, '$8.71 billion', { ...META, title: 'Netflix revenue beats forecasts' }).proposition?.modality).toBe('forecast');
    expect(claimQuoted(text, '$8.83 billion', { ...META, title: 'Netflix revenue beats forecasts' }).proposition?.modality).toBe('actual');
  });

  it.each([
    'Economists surveyed by Bloomberg had estimated that about 190,000 jobs were added in March.',
    'Forecasters at the bank had estimated that about 190,000 jobs were added in March.',
  ])('"had estimated" is an expectation: %s', (text) => {
    expect(claimQuoted(text, 'about 190,000', { ...META, title: 'US payrolls' }).proposition?.modality).toBe('forecast');
  });
});

describe('an abbreviation with a full stop does not end the sentence before a capitalised word', () => {
  it.each([
    ['The Super Mario Bros. Movie took $146 million. It was the best start of the year.', 'The Super Mario Bros. Movie took $146 million.'],
    ['Warner Bros. Discovery cut 1,000 jobs. Shares rose.', 'Warner Bros. Discovery cut 1,000 jobs.'],
    ['The Dept. Store chain said sales rose 4%. Analysts were surprised.', 'The Dept. Store chain said sales rose 4%.'],
    ['Jones Bros. Ltd. reported a loss. Its shares fell.', 'Jones Bros. Ltd. reported a loss.'],
  ])('%s', (text, first) => {
    const passages = splitPassages(text);
    expect(passages[0]!.text).toBe(first);
    expect(passages).toHaveLength(2);
    for (const p of passages) expect(Array.from(text).slice(p.start, p.end).join('')).toBe(p.text);
  });
});

describe('an average a figure is compared with is the group’s, not the sentence subject’s', () => {
  it.each([
    ['Chile’s birth rate fell to 1.17 in 2023, well below the OECD average of 1.51.', '1.51', ['oecd']],
    ['Hungary’s annual inflation eased to 5.5% in December, compared with the EU average of 3.4%.', '3.4%', ['european-union']],
    ['Texas’s unemployment rate rose to 4.1%, above the national average of 3.7%.', '3.7%', []],
    ['Nigeria’s fertility rate stood at 5.1, more than twice the global average of 2.3.', '2.3', ['world']],
  ])('%s', (text, figure, subject) => {
    expect(claimQuoted(text, figure, META, { exact: true }).proposition?.subject).toEqual(subject);
  });

  it('while the figure it is compared with keeps its own party', () => {
    const text = 'Hungary’s annual inflation eased to 5.5% in December, compared with the EU average of 3.4%.';
    expect(claimQuoted(text, '5.5%', META, { exact: true }).proposition?.subject).toEqual(['hungary']);
  });
});

describe('"global" or "worldwide" next to a company’s own measure is the company’s total', () => {
  it.each([
    ['Spotify said on Tuesday its global paid subscribers rose to 236 million at the end of December.', '236 million', 'Spotify results'],
    ['Spotify shares rose after Spotify reported results. Its global revenue grew 9% in the quarter.', '9%', 'Spotify results'],
  ])('%s', (text, figure, title) => {
    expect(claimQuoted(text, figure, { ...META, title }).proposition?.subject).toEqual(['spotify']);
  });

  it.each([
    ['Global sales of electric cars rose 35% to 14 million in 2023.', '14 million', 'sales'],
    ['The worldwide box office reached $33.9 billion in 2023.', '$33.9 billion', 'box-office'],
    ['Global emissions rose 1.1% in 2023.', '1.1%', 'emissions'],
  ])('but the world’s when no company is about: %s', (text, figure, measure) => {
    const c = claimQuoted(text, figure, META, { exact: true });
    expect(c.proposition?.measure).toBe(measure);
    expect(c.proposition?.subject).toEqual(['world']);
  });
});

describe('a name the headline gives and sentences open with is the document’s party', () => {
  const title = 'Spotify gains 9 million subscribers in Q4 2023';
  const text = [
    'The net income for the fourth quarter of 2023 was $58 million.',
    'Spotify now has 236 million paying members.',
    'Spotify said revenue grew 16% in the quarter.',
  ].join('\n');
  it.each([
    ['$58 million', 'profit'],
    ['236 million', 'users'],
  ])('%s', (figure, measure) => {
    const c = claimQuoted(text, figure, { ...META, title });
    expect(c.proposition?.measure).toBe(measure);
    expect(c.proposition?.subject).toEqual(['spotify']);
  });

  it('but not a common word that opens sentences and is written in lower case elsewhere', () => {
    const t = ['Overseas sales rose 4% in March.', 'Overseas orders fell 2% in April, and overseas buyers held back.'].join('\n');
    expect(claimQuoted(t, '4%', { ...META, title: 'Overseas demand lifts exports' }).proposition?.subject).not.toContain('overseas');
  });
});

describe('a verb moving a named figure "by" an amount states the move', () => {
  it.each([
    ['The company upped its projected 2024 revenue midpoint by $1 billion to a range of $59.5 billion to $62.5 billion.', '$1 billion'],
    ['The group raised its adjusted earnings per share (EPS) guidance midpoint by 30 cents.', '30 cents'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, META).proposition?.statType).toBe('change');
  });
});

describe('"the Company", as a filing names its issuer, is the company named before', () => {
  it.each([
    'Oracle today announced results for its second quarter. The Company posted quarterly revenue of $12.9 billion, up 5 percent year over year.',
    'Nvidia reported results on Wednesday. The Company said revenue for the quarter was $12.9 billion.',
  ])('%s', (text) => {
    const c = claimQuoted(text, '$12.9 billion', { publishedAt: '2023-12-12', title: 'Quarterly results' });
    expect(c.proposition?.subject).toEqual([text.split(' ')[0]!.toLowerCase()]);
  });
});

describe('a party named after a figure behind "followed by" is the next figure’s', () => {
  it('leaves the first figure without that party', () => {
    const text = 'The agency said the region of Upper Vale has the highest number of deaths (412), followed by Lowmoor (97).';
    expect(claimQuoted(text, '412', META, { exact: true }).proposition?.subject).not.toContain('lowmoor');
    expect(claimQuoted(text, '97', META, { exact: true }).proposition?.subject).toEqual(['lowmoor']);
  });
});

describe('where a flow is bound for is its counterpart, never its owner', () => {
  const at = { publishedAt: '2025-01-01', title: "Freedonia's exports hit a record in 2024" };
  const text =
    "Freedonia's exports advanced 8.2 per cent in 2024. ASEAN-bound exports increased 4.5 percent in 2024 to $114.0 billion. U.S.-bound shipments reached a historic high of $127.8 billion in 2024.";

  it.each([
    ['$114.0 billion', 'asean'],
    ['$127.8 billion', 'united-states'],
  ])('%s goes to %s', (figure, counterpart) => {
    const p = claimQuoted(text, figure, at).proposition;
    expect(p?.subject).toEqual(['freedonia']);
    expect(p?.counterpart).toBe(counterpart);
    expect(p?.facets).toEqual([]);
  });

  it('and "Southeast Asia" is a region of its own, not Asia', () => {
    const p = claimQuoted("Freedonia's exports to Southeast Asia rose 4.5 per cent in 2024 to $114 billion.", '$114 billion', at).proposition;
    expect(p?.counterpart).toBe('southeast-asia');
  });
});

describe('"the country" and "the nation" are the country the text named last by name', () => {
  const at = { publishedAt: '2025-01-15', title: null };

  it('in a sentence after the country is named', () => {
    const text =
      'Global electric vehicle (EV) sales rose by 25% in 2024, exceeding 17 million units.\n\nChina accounted for the majority of global EV sales, with December figures reaching 1.3 million vehicles, a 36.5% increase year-on-year. Total sales in the country hit 11 million for the year, reinforcing its position as the world’s largest EV market.';
    expect(claimQuoted(text, '11 million', at).proposition?.subject).toEqual(['china']);
  });

  it('but not a country named only by its adjective', () => {
    const text =
      'Japan welcomed 36.9 million visitors in 2024. Chinese tourists flocked to its cities. Tourism revenue in the country reached ¥8.1 trillion in 2024.';
    expect(claimQuoted(text, '¥8.1 trillion', { ...at, publishedAt: '2025-01-20' }).proposition?.subject).toEqual(['japan']);
  });
});

describe('"the South American country", "the Gulf nation": a region\'s adjective before the noun is no party of its own', () => {
  const at = { publishedAt: '2024-01-12', title: null };
  it.each([
    [
      "Argentina's annual inflation hit 211.4% in 2023. Monthly inflation in the South American country reached 25.5 percent in December.",
      '25.5 percent',
      'argentina',
    ],
    ["Brazil's economy grew 2.9% in 2023. The South American nation's GDP reached $2.17 trillion.", '$2.17 trillion', 'brazil'],
    ["Qatar's LNG exports fell 1.9% in 2023. The Gulf nation shipped 79 million tons of LNG.", '79 million tons', 'qatar'],
  ])('%s', (text, figure, party) => {
    expect(claimQuoted(text, figure, at).proposition?.subject).toEqual([party]);
  });
});

describe('a country the sentence names is read where it is named, not again from "the country"', () => {
  it('"… visited Japan in 2024, … flight services to the country" is Japan’s count as when the phrase is left out', () => {
    const at = { publishedAt: '2025-01-24', title: null };
    const lead = 'Tourism boomed in 2024. ';
    const withPhrase = claimQuoted(
      `${lead}A total of 36.78 million foreigners visited Japan in 2024, receiving boosts from a weak yen and an increase in flight services to the country.`,
      '36.78 million',
      at,
    );
    const without = claimQuoted(`${lead}A total of 36.78 million foreigners visited Japan in 2024, receiving boosts from a weak yen.`, '36.78 million', at);
    expect(withPhrase.metric).toBe(without.metric);
    expect(withPhrase.comparable).toBe(without.comparable);
  });
});

describe('a measure named in a phrase of cause after the figure is not what the figure measures', () => {
  it.each([
    [
      'reflecting',
      "Japan's economy shrank in the first quarter of 2024. Exports, a crucial driver of the country's economy, experienced a substantial drop of 18.7 percent, reflecting challenges in global demand and trade dynamics.",
    ],
    ['driven by', "Freedonia's exports, a crucial driver of the economy, experienced a drop of 18.7 percent in 2024, driven by weaker trade flows."],
  ])('%s', (_, text) => {
    expect(claimQuoted(text, '18.7 percent', { publishedAt: '2025-02-01', title: null }).proposition?.measure).toBe('exports');
  });
});

describe('places joined by "and" are one party of a single measure', () => {
  const at = { publishedAt: '2025-01-15', title: 'Global EV sales rise 25% in 2024' };

  it.each([
    ['EV sales in the United States and Canada increased by 8.8% to 0.19 million in December.', '0.19 million'],
    ['In the United States and Canada, EV sales rose 8.8% in December to 190,000 vehicles.', '190,000'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, at).proposition?.subject).toEqual(['canada', 'united-states']);
  });

  it.each([
    ['Japan and Taiwan boosted their defense spending by 11 percent each in 2023.', '11 percent'],
    ['The US and China allocated $916 billion and $296 billion, respectively, to their military in 2023.', '$296 billion'],
  ])('but not figures given to each in turn: %s', (text, figure) => {
    expect(claimQuoted(text, figure, { publishedAt: '2024-04-22', title: null }).proposition?.subject.length).toBeLessThan(2);
  });
});

describe('"that region" is the region the text named last', () => {
  it('and a company figure there is that region’s part, not the company’s whole', () => {
    const at = { publishedAt: '2025-01-22', title: 'Netflix adds record 18.9 million subscribers' };
    const text =
      'Netflix added 18.91 million subscribers in the fourth quarter. In Latin America, the streamer gained 4.15 million customers in the quarter. In the third quarter, Netflix dropped 70,000 subscribers in that region.';
    const whole = claimQuoted(text, '18.91 million', at);
    const part = claimQuoted(text, '70,000', at);
    expect(part.proposition?.facets).toEqual(['in-latin-america']);
    expect(part.metric).not.toBe(whole.metric);
  });
});

describe('a place that "accounted for the largest number of visitors" is where they came from', () => {
  it('and its figure is no count of visitors to that place', () => {
    const at = { publishedAt: '2025-01-24', title: 'Japan sees record 36.8 million visitors in 2024' };
    const text =
      'Japan welcomed 36.78 million visitors in 2024. South Korea accounted for the largest number of visitors, with approximately 8.63 million arrivals.';
    expect(claimQuoted(text, 'approximately 8.63 million', at).proposition?.subject).not.toEqual(['south-korea']);
  });
});

describe('a facet written as its acronym, or a unit after a number, names no party', () => {
  const at = { publishedAt: '2024-01-12', title: null };
  it.each([
    ["Qatar's LNG exports fell 1.9% in 2023.", '1.9%', 'qatar'],
    ['US LNG exports rose 14.7% to 88.9 million metric tons in 2023.', '88.9 million metric tons', 'united-states'],
    ['BYD reported 595,413 BEV sales in the fourth quarter of 2023.', '595,413', 'byd'],
  ])('%s', (text, figure, party) => {
    expect(claimQuoted(text, figure, at).proposition?.subject).toEqual([party]);
  });

  it('"added 3 MT": the unit after the number is not who added it', () => {
    const c = claimQuoted("Venture Global LNG's Calcasieu Pass facility added 3 MT of LNG export capacity in 2023.", '3 MT', at);
    expect(c.proposition?.subject ?? []).not.toContain('mt');
  });
});

describe('"X, with its …" gives the figure to X', () => {
  it("Venezuela's inflation is not Argentina's", () => {
    const text = "Argentina's inflation hit 211.4% in 2023, surpassing Venezuela, with its annual 2023 inflation rate estimated around 193%.";
    const at = { publishedAt: '2024-01-11', title: null };
    expect(claimQuoted(text, 'around 193%', at).proposition?.subject).toEqual(['venezuela']);
    expect(claimQuoted(text, '211.4%', at).proposition?.subject).toEqual(['argentina']);
  });
});
