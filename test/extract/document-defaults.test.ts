import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2023-11-30', title: 'Euro area inflation falls to two-year low' };
const LEAD = 'Annual inflation in the euro area fell to 2.4% in November 2023, down from 2.9% in October, Eurostat said on Thursday.';

/** The claim quoted `figure` in the last paragraph of the text. */
function lastParagraphClaim(text: string, figure: string) {
  const { claims } = extract(text, META);
  const from = [...text].length - [...text.split('\n\n').pop()!].length;
  const claim = claims.find((c) => c.quote.exact === figure && c.quote.start >= from);
  expect(claim, `no "${figure}" in the last paragraph`).toBeDefined();
  return claim!;
}

describe('a sentence naming neither party nor time, in a document that says both', () => {
  it("is compared when its measure is the headline's, its party the document's and its time the lead's", () => {
    const c = lastParagraphClaim(`${LEAD}\n\nAnalysts had expected a smaller decline.\n\nInflation slowed to 2.4% as energy costs fell.`, '2.4%');
    expect(c.metric).toBe('inflation.euro-area.rate');
    expect(c.period).toMatchObject({ start: '2023-11-01', end: '2023-11-30' });
    expect(c.comparable).toBe(true);
  });

  it('is not compared when its measure is not the one the headline names ("Core inflation … slowed to 3.6%")', () => {
    const c = lastParagraphClaim(`${LEAD}\n\nCore inflation, which strips out energy and food, slowed to 3.6%.`, '3.6%');
    expect(c.metric).toBe('core-inflation.euro-area.rate');
    expect(c.comparable).toBe(false);
  });

  it('is not compared when it names someone the gazetteer does not know ("Inflation at Acme Corp")', () => {
    expect(lastParagraphClaim(`${LEAD}\n\nInflation at Acme Corp slowed to 2.4%.`, '2.4%').comparable).toBe(false);
  });

  it('is not compared when the time carried is not the lead\'s ("In 2022 …" before it)', () => {
    const text = `${LEAD}\n\nIn October 2022 the picture was different. Inflation then peaked at 10.6%.`;
    expect(lastParagraphClaim(text, '10.6%').comparable).toBe(false);
  });
});
