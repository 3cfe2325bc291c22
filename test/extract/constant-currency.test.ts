import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-02-09', title: 'Annual results' };
const basisOf = (text: string, figure: string) => claimQuoted(text, figure, META, { exact: true }).proposition?.basis?.split('+') ?? [];

describe('a change at constant exchange rates is another figure than the one reported', () => {
  const text =
    'The Hermès Group’s consolidated revenue amounted to 13.4 billion euros in 2023, up 21 percent at constant exchange rates and 16 percent at current exchange rates compared to 2022.';

  it('"up 21 percent at constant exchange rates" is at constant currency', () => {
    expect(basisOf(text, '21 percent')).toContain('constant-currency');
  });

  it('"16 percent at current exchange rates", after it, is the reported change', () => {
    expect(basisOf(text, '16 percent')).not.toContain('constant-currency');
  });

  it('the two never share a key, and the reported one meets a bare "revenue rose 16%"', () => {
    const constant = claimQuoted(text, '21 percent', META, { exact: true }).metric;
    const reported = claimQuoted(text, '16 percent', META, { exact: true }).metric;
    const bare = claimQuoted('The Hermès Group’s revenue rose 16% in 2023 to 13.4 billion euros.', '16%', META, { exact: true }).metric;
    expect(constant).not.toBe(reported);
    expect(reported).toBe(bare);
  });

  it.each([
    ['an 18% rise at CER', 'Fourth-quarter sales at Hermès reached €3.4 billion, an 18% rise at CER.', '18%'],
    ['"in constant currency" after a second figure', "Zeta's sales rose 5% in 2023, or 7% in constant currency.", '7%'],
    ['a sentence that opens with it', "At constant exchange rates, Zeta's sales rose 8% in 2023.", '8%'],
    ['"excluding the impact of currency movements"', "Zeta's revenue grew 4% in 2023 excluding the impact of currency movements.", '4%'],
    ['closing its clause after a comma', "Henkel's organic sales rose 2.9% in 2023, excluding foreign exchange effects.", '2.9%'],
    ['"currency-adjusted" after the figure', "Puma's sales rose 6.6% in 2023, currency-adjusted.", '6.6%'],
  ])('%s', (_name, sentence, figure) => {
    expect(basisOf(sentence, figure)).toContain('constant-currency');
  });

  it.each([
    ['12%', 'Sales rose 10.3% organically, and excluding the impact of currency movements they grew 12%.'],
    ['6.9%', 'Import prices fell 8.2% in December from a year earlier, excluding the effects of exchange rates they fell 6.9%.'],
  ])("said in the figure's own clause before it: %s", (figure, sentence) => {
    expect(basisOf(sentence, figure)).toContain('constant-currency');
  });

  it.each([
    ['10.3%', 'Sales rose 10.3% organically, and excluding the impact of currency movements they grew 12%.'],
    ['5%', 'Sales rose 5% in the quarter, and at constant currency, growth would have been 7%.'],
    ['7.6%', 'Swiss watch exports rose 7.6% in value in 2023, and at constant exchange rates the increase would have been larger.'],
    ['12%', 'Net profit rose 12%, and the group raised its full-year constant-currency sales growth target.'],
    ['9%', 'Revenue rose 9% in the quarter and the company reaffirmed its currency-neutral guidance.'],
    ['45%', 'Turkey raised rates by 250 basis points to 45%, excluding the impact of exchange rates on inflation expectations.'],
    ['5%', 'Currency-neutral revenues were flat in 2023, while in euro terms sales declined 5%.'],
    ['4%', 'At constant exchange rates, sales grew 6% in the quarter, sending the shares up 4% in Paris trading.'],
    ['1.9%', "Australia's emissions fell 1.9% in the year to June, the Clean Energy Regulator (CER) said."],
    ['8.2%', 'Import prices fell 8.2% on year, excluding exchange rate effects they fell 6.9%.'],
  ])('not said of %s: "%s"', (figure, sentence) => {
    expect(basisOf(sentence, figure)).not.toContain('constant-currency');
  });

  it('"5%" before "or 7% in constant currency" stays the reported change', () => {
    expect(basisOf("Zeta's sales rose 5% in 2023, or 7% in constant currency.", '5%')).not.toContain('constant-currency');
  });
});
