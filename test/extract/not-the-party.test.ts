import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// A summit or a treaty is where figures are set or cited, never the party they measure.
describe('a meeting or an agreement the text names', () => {
  const META = { publishedAt: '2023-12-05', title: 'Fossil CO2 emissions set for record high (COP28, Dubai)' };
  const TEXT =
    'Countries agreed in the 2015 Paris Agreement to keep warming well below 2C and to aim for 1.5C. ' +
    'Countries are expected to emit a total 36.8 billion metric tons of CO2 from fossil fuels in 2023, a 1.1% increase from last year.';
  const claims = extract(TEXT, META).claims;
  it.each(['36.8 billion metric tons', '1.1%', '1.5C'])('is not the party of %s', (quote) => {
    const c = claims.find((x) => x.quote.exact === quote);
    expect(c, quote).toBeDefined();
    for (const id of ['cop28', 'un-climate-conference', 'paris', 'paris-agreement', 'france', 'united-arab-emirates'])
      expect(c!.proposition?.subject ?? []).not.toContain(id);
  });
});

describe('a headline that states a measure of no party and then of one', () => {
  it('gives that one party to no figure of the text', () => {
    const c = extract('Fossil CO2 emissions of 36.8 billion tonnes are projected for 2023, up 1.1 per cent from 2022.', {
      publishedAt: '2023-12-05',
      title: 'Fossil CO2 emissions at record high in 2023, emissions up in India',
    }).claims.find((x) => x.quote.exact === '36.8 billion tonnes');
    expect(c?.proposition?.subject ?? []).not.toContain('india');
  });
});
