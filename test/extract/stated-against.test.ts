import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-10-24', title: 'Quarterly results' };

describe('"over the same period of 2022" sets a change against the same stretch of the year before', () => {
  it.each([
    ['Acme’s revenue for the third quarter of 2023 was $4.1 billion, a 31% rise over the same period in 2022.', '31%', /^revenue\.acme\.growth\.yoy$/],
    ['Acme’s revenue in the third quarter of 2023 climbed 12 percent over the corresponding quarter of 2022.', '12 percent', /^revenue\.acme\.growth\.yoy$/],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });

  it('a year further back is no year-on-year change', () => {
    const c = claimQuoted('Acme’s revenue in the third quarter of 2023 climbed 40 percent over the same quarter of 2021.', '40 percent', META, { exact: true });
    expect(c.metric).not.toMatch(/yoy/);
    expect(c.metric).toMatch(/\.growth\.vs-2021$/);
  });
});

describe('a change that names its own comparison keeps it beside one set against another', () => {
  it.each([
    [
      'Acme’s revenue for the third quarter of 2023 rose 5% from the previous quarter and 12% over the same quarter of 2022.',
      { '5%': /\.growth\.qoq$/, '12%': /\.growth\.yoy$/ },
    ],
  ])('%s', (text, expected) => {
    for (const [figure, metric] of Object.entries(expected)) expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });
});

describe('"representing 40 % growth" states a change, not a share', () => {
  it.each([
    ['Acme’s cloud revenue reached $2.2 billion in the third quarter of 2023, representing 40% year-on-year growth.', '40%', /^revenue\..*acme\.growth\.yoy$/],
    ['Acme’s revenue reached $2.2 billion in 2023, representing 18% growth on 2022.', '18%', /^revenue\.acme\.growth$/],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });

  it('still a share where the figure is a part of a whole', () => {
    const c = claimQuoted('Cloud revenue reached $2.2 billion in 2023, representing 40% of Acme’s total revenue.', '40%', META, { exact: true });
    expect(c.metric).toMatch(/\.share$/);
  });
});
