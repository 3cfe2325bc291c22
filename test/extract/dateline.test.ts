import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// "Tokyo, May 8 (Jiji Press)—": the place a story was filed from is not whom its figures are about.
describe('a dateline', () => {
  it.each([
    [
      'Tokyo, May 8 (Jiji Press)—Freedonia Motors said Wednesday its operating profit for fiscal 2023 surged 96.4 pct to ¥5,352.9 billion.',
      '¥5,352.9 billion',
      'japan',
    ],
    ['OTTAWA — Freedonia Air said Thursday its revenue rose 4.1 percent to $2.3 billion in the third quarter.', '$2.3 billion', 'canada'],
    ['BERLIN, April 8 (Wire) — Freedonia Motors said its vehicle sales rose 6 percent in March.', '6 percent', 'germany'],
  ])('%s', (text, figure, place) => {
    expect(claimQuoted(text, figure, { publishedAt: '2024-05-08' }).proposition?.subject ?? []).not.toContain(place);
  });

  it('while a country named after the dateline is still a party', () => {
    const text = "BERLIN, April 8 (Wire) — Germany's exports fell by 2 percent in February.";
    expect(claimQuoted(text, '2 percent', { publishedAt: '2024-04-08' }).proposition?.subject).toEqual(['germany']);
  });
});

describe('a name joined to another by a dash at the start of a sentence', () => {
  it('is no dateline ("China–Russia trade …")', () => {
    const text = 'China–Russia trade turnover reached $237 billion in 2024.';
    expect(claimQuoted(text, '$237 billion', { publishedAt: '2025-01-14' }).proposition?.subject).toEqual(['china', 'russia']);
  });
});
