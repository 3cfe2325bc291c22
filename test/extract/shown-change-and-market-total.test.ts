import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a change shown right after a level ("…, representing 23% growth")', () => {
  const meta = { publishedAt: '2025-01-30', title: 'Nvidia quarterly results' };

  it("is the change of the level's proposition, with the comparison its own words give", () => {
    const text = "Nvidia's data center business posted sales of $18.4 billion in the quarter, representing 409% year-on-year growth.";
    const level = claimQuoted(text, '$18.4 billion', meta);
    const change = claimQuoted(text, '409%', meta);
    expect(level.proposition).toMatchObject({ measure: 'revenue', statType: 'level' });
    expect(change.proposition).toMatchObject({
      measure: level.proposition!.measure,
      subject: level.proposition!.subject,
      facets: level.proposition!.facets,
      statType: 'change',
      basis: 'yoy',
    });
  });

  it('is not dropped as a part of the level when the sentence lists what the business includes', () => {
    const text =
      "Nvidia's data center business, which includes its H100 graphics cards, posted sales of $18.4 billion in the quarter, representing 409% year-on-year growth.";
    const change = claimQuoted(text, '409%', meta);
    expect(change.metric).toBe((claimQuoted(text, '$18.4 billion', meta).metric ?? '').replace(/\.total$/, '.growth.yoy'));
  });

  it('stays a share when what follows it names no change ("representing 20% of the total")', () => {
    const text = "Samsung's revenue came in at $52 billion for the quarter, representing 20% of the group's total.";
    expect(claimQuoted(text, '20%', { publishedAt: '2025-01-30', title: 'Samsung results' }).proposition?.statType).toBe('share');
  });
});

describe('a company measure said of the whole ("total smartphone shipments") where several companies are measured', () => {
  const title = 'Samsung reclaims the lead from Apple in the smartphone market';
  const body =
    'Last year was strong for Samsung. Samsung shipped 225 million phones in 2024. Apple shipped 223 million units.\n\n' +
    'Overall, total smartphone shipments in 2024 rose by 6.4%, and grew 2.4% in the fourth quarter. But Samsung faces competition in India.';

  it("is the market's, not the company named around it", () => {
    const total = claimQuoted(body, '6.4%', { publishedAt: '2025-01-20', title });
    expect(total.proposition?.subject).not.toContain('samsung');
    expect(total.proposition?.subject).not.toContain('apple');
  });

  it("stays the company's where the text measures one company only", () => {
    const text = 'Tesla delivered 495,000 vehicles in the fourth quarter. Total deliveries in 2024 were 1.79 million.';
    expect(claimQuoted(text, '1.79 million', { publishedAt: '2025-01-03', title: 'Tesla deliveries fall for the first time' }).proposition?.subject).toEqual([
      'tesla',
    ]);
  });
});
