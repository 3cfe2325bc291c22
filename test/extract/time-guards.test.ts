import { describe, expect, it } from 'vitest';
import { findTimeExpressions, parsePublicationDate } from '../../src/extract/periods.js';

// Words that open the way to a time expression ("year", a month's name) count in any case, and next to letters that
// lower-case to ASCII (İ, the Kelvin sign) as well.
describe('time expressions in any case', () => {
  it.each([
    ['Exports rose 5 % in March 2024.', 'March 2024', '2024-03'],
    ['EXPORTS ROSE 5 % IN March 2024.', 'March 2024', '2024-03'],
    ['Exports from İzmir rose 5 % in March 2024.', 'March 2024', '2024-03'],
    ['Exports of \u212Aale rose 5 % in March 2024 THIS YEAR.', 'March 2024', '2024-03'],
    ['Sales rose 5 % THIS YEAR.', 'THIS YEAR', '2024'],
    ['Sales at İnegöl rose 5 % this Year.', 'this Year', '2024'],
    ['Revenue rose 5 % in the First Quarter of 2024.', 'First Quarter of 2024', '2024-01'],
    ['Revenue rose 5 % in FISCAL 2024.', 'FISCAL 2024', '2024'],
  ])('%s', (text, phrase, start) => {
    const found = findTimeExpressions(text, parsePublicationDate('2024-06-15')).find((e) => text.slice(e.start, e.end).includes(phrase));
    expect(found?.period.start?.startsWith(start)).toBe(true);
  });
});
