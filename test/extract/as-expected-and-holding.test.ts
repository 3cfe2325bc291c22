import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-09-19' };

describe('"as expected" says the outturn was expected, not that the figure is a forecast', () => {
  it.each([
    ['As expected, the Bank of Japan raised its policy rate to 0.25% on Wednesday.', '0.25%'],
    ['The Bank of Japan, as widely anticipated, raised its policy rate to 0.25% on Wednesday.', '0.25%'],
    ['As economists had expected, the Bank of Japan raised its policy rate to 0.25% on Wednesday.', '0.25%'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, META).proposition?.modality).toBe('actual');
  });

  it('keeps a figure that is itself expected a forecast', () => {
    expect(claimQuoted('Inflation in Japan is expected to rise to 2.75% in 2025.', '2.75%', META).proposition?.modality).toBe('forecast');
  });
});

describe('"holding" the verb is no stake', () => {
  it('reads the rate a central bank has been holding as the rate, not a shareholding', () => {
    const c = claimQuoted('The Fed is expected to cut rates to 5% in September, after holding them at 5.5% since July 2023.', '5.5%', META, {
      exact: true,
    });
    expect(c.proposition?.measure).not.toBe('stake');
  });

  it('still reads a stake and a shareholding', () => {
    expect(claimQuoted('Norway holds a 3.5% stake in Equinor.', '3.5%', META).proposition?.measure).toBe('stake');
    expect(claimQuoted('The fund raised its shareholding in Equinor to 3.5%.', '3.5%', META).proposition?.measure).toBe('stake');
  });
});
