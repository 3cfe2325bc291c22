import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2024-01-17' };
const quotes = (text: string) => extract(text, META).claims.map((c) => c.quote.exact);

describe('the length of the period a figure covers is part of its date, not a figure', () => {
  it.each([
    ['In the first seven months, exports rose 5%.', 'seven months', '5%'],
    ['Investment rose by 3 percent in 2023, while in the first 11 months it grew by 2.9 percent.', '11 months', '2.9 percent'],
    ['Over the past 12 months, average earnings rose 3.9%.', '12 months', '3.9%'],
    ['The economy grew 5.2% in the final three months of 2023.', 'three months', '5.2%'],
    ['Output in the 12 months to March 2024 was 4.1 million tonnes.', '12 months', '4.1 million tonnes'],
    ["China's GDP for the three quarters of 2023 totaled 126.058 trillion yuan.", 'three quarters', '126.058 trillion yuan'],
  ])('%s', (text, span, figure) => {
    expect(quotes(text)).not.toContain(span);
    expect(quotes(text)).toContain(figure);
  });

  it.each([
    ['The project took 11 months to complete.', '11 months'],
    ['The ceasefire held for three months.', 'three months'],
    ['Three quarters of the respondents agreed.', 'Three quarters'],
  ])('while a length that is itself the figure stays one: %s', (text, figure) => {
    expect(quotes(text)).toContain(figure);
  });
});
