import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-02-20', title: 'Acme annual results' };
const TEXT =
  'For 2024, Acme’s revenue amounted to $60.9 billion, a 26% increase; net profit surged to $29.7 billion, up 58%; ' +
  'gaming revenue grew to $10.4 billion, a 15% increase; data center revenue reached a record $47.5 billion, up 21%.';

describe('a list of results set off by semicolons: each change belongs to its own item', () => {
  it.each([
    ['26%', /^revenue\.acme\.growth$/],
    ['58%', /^profit\.acme\.growth$/],
    ['15%', /^revenue\.gaming\.acme\.growth$/],
    ['21%', /^revenue\.data-center\.acme\.growth$/],
  ])('%s', (figure, metric) => {
    expect(claimQuoted(TEXT, figure, META, { exact: true }).metric).toMatch(metric);
  });
});
