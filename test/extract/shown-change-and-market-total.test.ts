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

  it.each([
    'If we look at the market in total, smartphone shipments declined 3.2% in 2024 compared to 2023.',
    'For the industry as a whole, shipments declined 3.2% in 2024.',
    'The overall market saw shipments decline 3.2% in 2024.',
  ])("is the market's where the sentence says it speaks of the market as a whole: %s", (sentence) => {
    const text = 'Samsung shipped 225 million phones in 2024, and its shipments fell 1.5%. Apple shipped 223 million units. ' + sentence;
    const total = claimQuoted(text, '3.2%', { publishedAt: '2025-01-20', title });
    expect(total.proposition?.subject).not.toContain('samsung');
    expect(total.proposition?.subject).not.toContain('apple');
  });

  it("is the world's where neither the headline nor the paragraph names a place", () => {
    const text = 'Samsung shipped 225 million phones in 2024. Apple shipped 223 million units. Total smartphone shipments rose 6.4% in 2024.';
    expect(claimQuoted(text, '6.4%', { publishedAt: '2025-01-20', title }).proposition?.subject).toEqual(['world']);
  });

  it("but no one's where the headline names the market's country", () => {
    const text = 'Samsung shipped 25 million phones in 2024. Apple shipped 13 million units. Total smartphone shipments rose 6.4% in 2024.';
    const c = claimQuoted(text, '6.4%', { publishedAt: '2025-01-20', title: 'Samsung leads India smartphone market' });
    expect(c.proposition?.subject).not.toContain('world');
    expect(c.proposition?.subject).not.toContain('samsung');
  });

  it("stays the company's where the text measures one company only", () => {
    const text = 'Tesla delivered 495,000 vehicles in the fourth quarter. Total deliveries in 2024 were 1.79 million.';
    expect(claimQuoted(text, '1.79 million', { publishedAt: '2025-01-03', title: 'Tesla deliveries fall for the first time' }).proposition?.subject).toEqual([
      'tesla',
    ]);
  });
});

describe('a change shown after a level, where the rule must not or must reach', () => {
  it('names what moved when the change says it ("reflecting a 4.4% jump in imports"): not the level\'s change', () => {
    const text = 'The U.S. trade deficit widened to $69.4 billion in March, reflecting a 4.4% jump in imports from the previous month.';
    const meta = { publishedAt: '2024-05-02', title: 'US trade deficit widens in March' };
    expect(claimQuoted(text, '4.4%', meta).proposition?.measure).not.toBe(claimQuoted(text, '$69.4 billion', meta).proposition?.measure);
  });

  it('reaches past a time between the level and the clause ("… in 2024, representing organic growth of 2.2%")', () => {
    const text = 'Nestle reported sales of 91.4 billion Swiss francs in 2024, representing organic growth of 2.2%.';
    const meta = { publishedAt: '2025-02-13', title: 'Nestle results' };
    const level = claimQuoted(text, '91.4 billion', meta);
    expect(claimQuoted(text, '2.2%', meta).proposition).toMatchObject({
      measure: level.proposition!.measure,
      subject: level.proposition!.subject,
      statType: 'change',
    });
  });
});

describe('a company measure said of the whole, where one company has figures of it', () => {
  it("stays that company's though the headline names a rival", () => {
    const text = 'Tesla delivered 495,570 vehicles in the fourth quarter. Total deliveries for 2024 came to 1.79 million, down 1.1% from a year earlier.';
    const meta = { publishedAt: '2025-01-02', title: 'Tesla deliveries fall for first time as BYD closes in' };
    expect(claimQuoted(text, '1.79 million', meta).proposition?.subject).toEqual(['tesla']);
  });

  it("stays that company's though a rival's figure of a part is given ('beating Microsoft's Azure, which grew 33%')", () => {
    const text = "Alphabet's cloud revenue grew 35% in the third quarter, beating Microsoft's Azure, which grew 33%. Total revenue rose 15% to $88.3 billion.";
    const meta = { publishedAt: '2024-10-29', title: 'Alphabet cloud growth outpaces Microsoft' };
    expect(claimQuoted(text, '$88.3 billion', meta).proposition?.subject).toEqual(['alphabet']);
  });

  it("is no one brand's after figures of several ('Total group sales fell 12%' after Jeep's and Peugeot's)", () => {
    const text = 'Jeep sold 600,000 vehicles in 2024 and Peugeot sold 1.1 million. Total group sales fell 12%.';
    const subject = claimQuoted(text, '12%', { publishedAt: '2025-01-20', title: 'Carmaker sales slide' }).proposition?.subject;
    expect(subject).not.toContain('jeep');
    expect(subject).not.toContain('peugeot');
  });
});

describe('a change shown after a level, stated in terms of a currency', () => {
  it('is still the level\'s change ("representing an increase of 21% in yen terms")', () => {
    const text = 'Toyota reported sales of 45.1 trillion yen for the year, representing an increase of 21% in yen terms.';
    const meta = { publishedAt: '2024-05-08', title: 'Toyota profit' };
    expect(claimQuoted(text, '21%', meta).proposition?.measure).toBe(claimQuoted(text, '45.1 trillion', meta).proposition?.measure);
  });
});

describe('"Revenue: $5 billion (+9%), operating profit: $1.2 billion (+12%)": a signed change in brackets is its level’s', () => {
  const meta = { publishedAt: '2025-02-20', title: 'Acme results' };
  // (Each item followed by one naming another measure, which the change would otherwise take.)
  const text =
    'Acme reported its 2024 results. Revenue: $5 billion (+9%), operating profit: $1.2 billion (+12%), net profit: $800 million (-3%), employees: 12,000.';

  it.each([
    ['$5 billion', '9%'],
    ['$1.2 billion', '12%'],
    ['$800 million', '-3%'],
  ])('the change after %s is of its measure', (level, change) => {
    const l = claimQuoted(text, level, meta).proposition!;
    const c = claimQuoted(text, change, meta).proposition!;
    expect(c.statType).toBe('change');
    expect([c.measure, c.subject, c.facets]).toEqual([l.measure, l.subject, l.facets]);
  });

  it('"(up 9%)" likewise, in a list whose next item names another measure', () => {
    const up = 'Acme reported its 2024 results. Revenue: $5 billion (up 9%), operating profit: $1.2 billion (up 12%).';
    expect(claimQuoted(up, '9%', meta).proposition).toMatchObject({ measure: 'revenue', statType: 'change' });
  });
});
