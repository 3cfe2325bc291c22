import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const figure = (text: string, quote: string, publishedAt = '2024-03-20') => claimQuoted(text, quote, { publishedAt, title: 'Report' }, { exact: true });

describe('a figure stated as a part of the total before it', () => {
  const TOTAL = 'Global methane emissions reached 580 million tonnes in 2023.';
  it.each([
    [
      'names its source: the source is a constraint of its proposition',
      `${TOTAL} Of these, 350 million tonnes were from agriculture.`,
      '350 million tonnes',
      /from-agriculture/,
    ],
    ['names a known source by one of its forms', `${TOTAL} Of this, 120 million tonnes came from fossil fuels.`, '120 million tonnes', /[.-]fossil[.-]/],
    ['names nothing: it is a part, never the total', `${TOTAL} Of that total, 90 million tonnes were not counted before.`, '90 million tonnes', /[.-]part[.-]/],
  ])('%s', (_name, text, quote, part) => {
    const total = figure(text, '580 million tonnes');
    const c = figure(text, quote);
    expect(c.metric).toMatch(part);
    expect(c.metric).not.toBe(total.metric);
  });

  it('leaves a figure that merely follows the total its own proposition', () => {
    const text = 'Global methane emissions reached 580 million tonnes in 2023. In 2022 they were 570 million tonnes.';
    expect(figure(text, '570 million tonnes').metric).toBe(figure(text, '580 million tonnes').metric);
  });
});

describe('what a forecaster "sees" a measure at is a forecast', () => {
  const TEXT = 'The central bank now sees inflation in Norway at 4.2 percent this year, 3.1 percent next year and 2.4 percent in 2026.';
  it.each(['4.2 percent', '3.1 percent', '2.4 percent'])('%s', (quote) => {
    expect(figure(TEXT, quote).metric).toMatch(/\.forecast$/);
  });
  it('while what a year "saw" is no forecast', () => {
    expect(figure('Inflation in Norway eased to 4.8 percent in 2023, the statistics office said.', '4.8 percent').metric).not.toMatch(/forecast/);
  });
});

describe('a figure of an "in which" clause after a year is that year’s', () => {
  it('dates it to the year before the clause', () => {
    const c = figure(
      'Emissions this year are slightly higher than in 2022, in which 40.1 billion tonnes of carbon dioxide were emitted.',
      '40.1 billion tonnes',
    );
    expect(c.period?.start).toBe('2022-01-01');
    expect(c.period?.end).toBe('2022-12-31');
    expect(c.metric).toMatch(/^emissions\./);
  });
});

describe('a known qualifier in the figure’s own "of" phrase', () => {
  it('qualifies the measure named elsewhere in the clause', () => {
    const c = figure('In 2023, 36.1 billion tonnes of fossil carbon dioxide were emitted worldwide.', '36.1 billion tonnes', '2024-03-20');
    expect(c.metric).toMatch(/^emissions\.fossil\./);
  });
  it('is read only in that phrase: an unqualified figure stays unqualified', () => {
    const c = figure('In 2023, 40.2 billion tonnes of carbon dioxide were emitted worldwide.', '40.2 billion tonnes', '2024-03-20');
    expect(c.metric).toMatch(/^emissions\.world\./);
  });
  it('is no emissions figure when it is a concentration', () => {
    const c = figure('Carbon dioxide concentrations reached 421 ppm in 2023.', '421 ppm');
    expect(c.metric).not.toMatch(/^emissions\./);
  });
});

describe('measure words in the title of a report', () => {
  it('name the report, not the figure’s measure', () => {
    const text =
      'Methane emissions from farming and waste have risen by 2% in 2023, reaching a new record of 390 million tonnes of the gas (Mt), according to the 2024 Global Carbon Budget report by the Global Carbon Project.';
    expect(figure(text, '390 million tonnes').metric).toMatch(/^emissions\./);
  });
  it('still name the measure when written in lower case', () => {
    const text = 'The remaining carbon budget for 1.5C shrank to 250 billion tonnes at the start of 2024.';
    expect(figure(text, '250 billion tonnes').metric).toMatch(/^carbon-budget\./);
  });
});
