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
  ])('%s', (_name, sentence, figure) => {
    expect(basisOf(sentence, figure)).toContain('constant-currency');
  });

  it('"5%" before "or 7% in constant currency" stays the reported change', () => {
    expect(basisOf("Zeta's sales rose 5% in 2023, or 7% in constant currency.", '5%')).not.toContain('constant-currency');
  });
});
