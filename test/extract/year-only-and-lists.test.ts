import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

describe('a text dated only by its year', () => {
  it('gives a figure of that whole year as a projection: the year was not over when it was written', () => {
    const c = claimQuoted('Fossil carbon emissions in Sylvania reached 412 million tonnes in 2025, the report said.', '412 million tonnes', {
      publishedAt: '2025',
      title: 'Emissions report',
    });
    expect(c.proposition?.modality).toBe('forecast');
  });

  it('but an earlier year stays an outturn', () => {
    const c = claimQuoted('Fossil carbon emissions in Sylvania reached 398 million tonnes in 2024, the report said.', '398 million tonnes', {
      publishedAt: '2025',
      title: 'Emissions report',
    });
    expect(c.proposition?.modality).toBe('actual');
  });
});

describe('a list of figures after one verb of change', () => {
  it('gives each figure the verb\'s direction ("reduce emissions by 7.4 per cent, 3 per cent, and 0.4 per cent")', () => {
    const text =
      'The European Union, the United States and Japan are projected to reduce emissions by 7.4 per cent, 3 per cent, and 0.4 per cent in 2026, respectively.';
    const values = extract(text, { publishedAt: '2025-12-05', title: 'Emissions report' }).claims.map((c) => c.value);
    expect(values).toEqual([-7.4, -3, -0.4]);
  });
});

describe('what must happen is a requirement, not a forecast', () => {
  it.each(['Experts say emissions in Sylvania must be cut by 8.9 per cent each year.', 'Emissions in Sylvania would need to fall by 8.9 per cent each year.'])(
    '%s',
    (text) => {
      expect(claimQuoted(text, '8.9 per cent', { publishedAt: '2025-12-05', title: 'Emissions report' }).proposition?.modality).toBe('target');
    },
  );
});
