import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** The metric key and period of the claim quoted `figure` in `text`. */
function keyOf(text: string, figure: string, publishedAt = '2024-06-15') {
  const { claims } = extract(text, { publishedAt, title: null });
  const claim = claims.find((c) => c.quote.exact === figure);
  expect(claim, `no claim quoted "${figure}" in: ${text}`).toBeDefined();
  return { metric: claim!.metric, period: claim!.period?.label ?? null, subject: claim!.proposition?.subject ?? null };
}

// Two outlets state one figure in different words: the lexicon must give both the same proposition.
describe('one proposition, two phrasings', () => {
  it.each([
    {
      what: 'a TV audience, drawn or averaged',
      a: ['The final drew 9.4 million viewers in Brazil in 2023.', '9.4 million viewers'],
      b: ['The final averaged 9.4 million viewers in Brazil in 2023.', '9.4 million viewers'],
    },
    {
      what: 'an award show named by its nickname or its name',
      a: ['The Oscars drew 17.2 million viewers in 2022.', '17.2 million viewers'],
      b: ['The Academy Awards drew 17.2 million viewers in 2022.', '17.2 million viewers'],
      subject: ['academy-awards'],
    },
    {
      what: 'babies born or births',
      a: ['In 2023, 402,000 babies were born in Vietnam.', '402,000 babies'],
      b: ['Vietnam recorded 402,000 births in 2023.', '402,000 births'],
    },
    {
      what: 'lives claimed or deaths',
      a: ['The earthquake in Morocco claimed 2,960 lives in 2023.', '2,960 lives'],
      b: ['The earthquake in Morocco caused 2,960 deaths in 2023.', '2,960 deaths'],
    },
    {
      what: "a company's global revenue or its revenue",
      a: ["Harbourview Stream's global revenue rose 5% in 2023.", '5%'],
      b: ["Harbourview Stream's revenue rose 5% in 2023.", '5%'],
      subject: ['harbourview-stream'],
    },
    {
      what: "a company's operating revenue or its revenue",
      a: ["Harbourview Stream's operating revenue rose to $4.1 billion in 2023.", '$4.1 billion'],
      b: ["Harbourview Stream's revenue rose to $4.1 billion in 2023.", '$4.1 billion'],
      subject: ['harbourview-stream'],
    },
    {
      what: 'a foreseen or an expected figure',
      a: ["Peru's foreseen inflation for 2025 is 2.4%.", '2.4%'],
      b: ["Peru's expected inflation for 2025 is 2.4%.", '2.4%'],
      subject: ['peru'],
    },
    {
      what: 'pilgrims or attendees',
      a: ['The festival in Nepal drew 310,000 pilgrims in 2023.', '310,000 pilgrims'],
      b: ['The festival in Nepal drew 310,000 attendees in 2023.', '310,000 attendees'],
    },
    {
      what: 'aircraft handed over or delivered',
      a: ['Harbourview Aero handed over a total of 96 aircraft in 2023.', '96 aircraft'],
      b: ['Harbourview Aero delivered a total of 96 aircraft in 2023.', '96 aircraft'],
    },
    {
      what: 'a policy rate by its local name',
      a: ['The Reserve Bank of India kept the repo rate at 6.5% in August 2023.', '6.5%'],
      b: ["India's central bank kept its policy rate at 6.5% in August 2023.", '6.5%'],
      subject: ['india'],
    },
    {
      what: 'homes without power or homes and businesses left without electricity',
      a: ['After the storm in May 2024, 1.2 million homes in Texas were without power.', '1.2 million homes'],
      b: ['After the storm in May 2024, 1.2 million homes and businesses in Texas were left without electricity.', '1.2 million homes'],
      subject: ['texas'],
    },
    {
      what: 'forex or foreign exchange reserves',
      a: ["India's forex reserves rose to $586.9 billion at the end of September 2023.", '$586.9 billion'],
      b: ["India's foreign exchange reserves rose to $586.9 billion at the end of September 2023.", '$586.9 billion'],
      subject: ['india'],
    },
    {
      what: 'marriages or weddings',
      a: ['Japan recorded 474,717 marriages in 2023.', '474,717 marriages'],
      b: ['Japan recorded 474,717 weddings in 2023.', '474,717 weddings'],
      subject: ['japan'],
    },
    {
      what: 'a quarterly fertility rate or the fertility rate of a quarter',
      a: ["Chile's quarterly fertility rate fell to 1.05 in the fourth quarter of 2023.", '1.05'],
      b: ["Chile's fertility rate fell to 1.05 in the fourth quarter of 2023.", '1.05'],
    },
  ])('$what', ({ a, b, subject }: { a: string[]; b: string[]; subject?: string[] }) => {
    const ka = keyOf(a[0]!, a[1]!);
    const kb = keyOf(b[0]!, b[1]!);
    expect(ka.metric).not.toMatch(/^derived\./);
    expect(ka.metric).toBe(kb.metric);
    expect(ka.period).toBe(kb.period);
    if (subject) expect(ka.subject).toEqual(subject);
  });
});

// Figures that only look alike must keep apart.
describe('different propositions stay apart', () => {
  it.each([
    {
      what: 'people missing are not deaths',
      a: ['Floods in Peru killed 120 people in March 2023.', '120 people'],
      b: ['Floods in Peru left 120 people missing in March 2023.', '120 people'],
    },
    {
      what: 'a TV rating is not a number of viewers',
      a: ['The final drew a 4.2 rating in Colombia in 2024.', '4.2 rating'],
      b: ['The final drew 4.2 million viewers in Colombia in 2024.', '4.2 million viewers'],
    },
    {
      what: 'a net loss is not a net profit',
      a: ["Harbourview Airport's net loss was $48 million in 2023.", '$48 million'],
      b: ["Harbourview Airport's net profit was $48 million in 2023.", '$48 million'],
    },
    {
      what: 'an operating profit is not a net profit',
      a: ["Harbourview Airport's operating profit was $96 million in 2023.", '$96 million'],
      b: ["Harbourview Airport's net profit was $96 million in 2023.", '$96 million'],
    },
    {
      what: 'the employed are not jobs added',
      a: ['In Chile, the number of employed persons rose by 120,000 to 9.3 million in the first quarter of 2024.', '9.3 million'],
      b: ['Chile added 9.3 million jobs in the first quarter of 2024.', '9.3 million jobs'],
    },
    {
      what: 'gold reserves are not foreign exchange reserves',
      a: ["India's gold reserves rose to $52 billion at the end of September 2023.", '$52 billion'],
      b: ["India's foreign exchange reserves rose to $52 billion at the end of September 2023.", '$52 billion'],
    },
    {
      what: 'marriages are not divorces',
      a: ['Japan recorded 183,000 marriages in 2023.', '183,000 marriages'],
      b: ['Japan recorded 183,000 divorces in 2023.', '183,000 divorces'],
    },
    {
      what: 'deaths averted are not deaths',
      a: ['Vaccination in Nigeria meant that 12,000 deaths were averted in 2023.', '12,000 deaths'],
      b: ['Measles caused 12,000 deaths in Nigeria in 2023.', '12,000 deaths'],
      measureA: 'deaths-averted',
    },
    {
      what: 'prize money at the US Open is not that of the United States',
      a: ['Prize money at the U.S. Open rose to $65 million in 2023.', '$65 million'],
      b: ['Prize money in the United States rose to $65 million in 2023.', '$65 million'],
    },
  ])('$what', ({ a, b, measureA }: { a: string[]; b: string[]; measureA?: string }) => {
    const ka = keyOf(a[0]!, a[1]!);
    const kb = keyOf(b[0]!, b[1]!);
    if (measureA) expect(ka.metric?.split('.')[0]).toBe(measureA);
    // Both are read as measures of the lexicon (a word-derived key would keep them apart by accident).
    expect(ka.metric).not.toMatch(/^derived\./);
    expect(kb.metric).not.toMatch(/^derived\./);
    expect(ka.metric).not.toBe(kb.metric);
  });
});
