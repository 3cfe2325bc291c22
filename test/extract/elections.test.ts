import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

function claims(text: string, publishedAt: string, title: string | null = null) {
  return extract(text, { publishedAt, title }).claims;
}

describe('extract: election results', () => {
  it('"in the 2024 general election", in July 2024: the seats won are of that election, not a projection for the end of the year', () => {
    const [c] = claims('Labour won 412 seats in the 2024 general election.', '2024-07-05');
    expect(c!.proposition).toMatchObject({ measure: 'seats', subject: ['labour'], modality: 'actual' });
    expect({ start: c!.period?.start, end: c!.period?.end }).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(c!.comparable).toBe(true);
  });

  it('parties are parties of their own: the long name and the short one are one party, and a party named for its country is not the country', () => {
    const found = claims(
      'The African National Congress (ANC) won 159 of the 400 seats, while the Democratic Alliance took 87. The ANC received 40.18 percent of the vote. Reform UK won five seats.',
      '2024-06-03',
    );
    expect(found.find((c) => c.quote.exact.startsWith('159'))?.proposition?.subject).toEqual(['anc']);
    expect(found.find((c) => c.quote.exact === '87')?.proposition?.subject).toEqual(['democratic-alliance']);
    expect(found.find((c) => c.quote.exact === '40.18 percent')?.proposition).toMatchObject({ measure: 'vote-share', subject: ['anc'] });
    expect(found.find((c) => c.quote.exact === 'five seats')?.proposition?.subject).toEqual(['reform-uk']);
  });

  it('a party owns its seats and votes, never a figure of another measure', () => {
    const found = claims(
      'Republicans in Congress proposed $1.5 trillion in spending cuts over a decade. The NDA signed by the staff covered 1,200 documents.',
      '2024-07-05',
    );
    const spending = found.find((c) => c.quote.exact === '$1.5 trillion');
    const documents = found.find((c) => c.quote.exact.startsWith('1,200'));
    expect(spending?.proposition).toMatchObject({ measure: 'government-spending' });
    expect(spending!.proposition!.subject).not.toContain('republicans');
    expect(documents).toBeDefined();
    expect(documents!.proposition?.subject ?? []).not.toContain('nda');
  });

  it('"Social Democrats" in another country are not the US Democratic Party', () => {
    const [c] = claims('Social Democrats in Denmark won 27.5% of the vote.', '2024-07-05');
    expect(c!.proposition?.subject).toEqual(['denmark']);
  });

  it('a headline that names the election by its year ("Election Results 2024") dates the results the article gives without one', () => {
    const [c] = claims(
      'Lok Sabha Election Results 2024: BJP short of majority\n\nThe BJP won 240 seats, according to the Election Commission.',
      '2024-06-05',
      'Lok Sabha Election Results 2024: BJP short of majority',
    );
    expect(c!.proposition).toMatchObject({ measure: 'seats', subject: ['bjp'], modality: 'actual' });
    expect({ start: c!.period?.start, end: c!.period?.end }).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(c!.comparable).toBe(true);
  });

  it('a party named in mid-sentence as the subject of "won" and a figure of seats is the party of those seats', () => {
    const found = claims('The BJP won 240 seats in the 2024 Lok Sabha elections, while the Congress party won 99 seats.', '2024-06-05');
    expect(found.find((c) => c.quote.exact === '240 seats')?.proposition?.subject).toEqual(['bjp']);
    expect(found.find((c) => c.quote.exact === '99 seats')?.proposition?.subject).toEqual(['congress']);
  });

  it('"a majority of 174" is the majority, not the seats won', () => {
    const found = claims('Labour won 412 seats in the 2024 general election, giving the party a majority of 174.', '2024-07-05');
    expect(found.find((c) => c.quote.exact === '412 seats')?.proposition?.measure).toBe('seats');
    expect(found.find((c) => c.quote.exact === '174')?.proposition?.measure).toBe('seat-majority');
  });

  it('"the majority - 704,000 - from outside the EU" is most of a number, not a majority of seats', () => {
    const found = claims(
      'A total of 1.1 million people are likely to have migrated to the UK in the year to June, the majority - 704,000 - from outside the EU.',
      '2022-11-24',
    );
    expect(found.every((c) => c.proposition?.measure !== 'seat-majority')).toBe(true);
  });

  it('"a majority of 320 votes" counts votes, not a majority of seats', () => {
    const [c] = claims('The bill passed with a majority of 320 votes in 2024.', '2024-07-05');
    expect(c!.proposition?.measure).not.toBe('seat-majority');
  });

  it('"ahead of the 2024 general election" is another time than the election\'s', () => {
    const [c] = claims('Employment in Britain rose to 33 million ahead of the 2024 general election.', '2024-03-01');
    expect(c!.period?.label).not.toBe('2024 election');
  });

  it('an election still to come is a projection', () => {
    const [c] = claims('Republicans need 218 seats in the 2024 congressional elections.', '2023-06-01');
    expect(c!.proposition?.modality).toBe('forecast');
  });

  it('"… while Wedbush analyst Dan Ives expected 450,000 deliveries": an analyst\'s expectation is not the analyst\'s figure', () => {
    const found = claims('Tesla delivered 386,810 vehicles in the first quarter, while Wedbush analyst Dan Ives expected 450,000 deliveries.', '2024-04-02');
    expect(found.find((c) => c.quote.exact === '450,000 deliveries')?.proposition?.subject).toEqual(['tesla']);
  });
});

describe('an election the lead tells as held dates the results the later paragraphs give without a time', () => {
  const text =
    'Labour wins landslide\n\nThe 2024 general election has resulted in a historic win for the Labour Party, with 412 seats.\n\nReform UK attained third place by share of the vote on 14%, but the party had difficulty converting votes into seats. The Greens won four seats with 6.8% of the vote.';
  it.each([
    ['14%', ['reform-uk']],
    ['6.8%', ['green-party']],
  ])('%s is an actual result of 2024, comparable', (figure, subject) => {
    expect(claims(text, '2024-07-06', 'Labour wins landslide').find((x) => x.quote.exact === '412 seats')?.proposition?.modality).toBe('actual');
    const c = claims(text, '2024-07-06', 'Labour wins landslide').find((x) => x.quote.exact === figure)!;
    expect(c.proposition).toMatchObject({ measure: 'vote-share', subject, modality: 'actual' });
    expect([c.period?.start, c.period?.end, c.period?.resolution]).toEqual(['2024-01-01', '2024-12-31', 'explicit']);
    expect(c.comparable).toBe(true);
  });

  it('an election the lead looks ahead to dates nothing ("is expected to win the 2024 general election by a landslide")', () => {
    const ahead = 'Polls tighten\n\nLabour is expected to win the 2024 general election by a landslide.\n\nReform UK is on 14% of the vote.';
    const c = claims(ahead, '2024-03-06', 'Polls tighten').find((x) => x.quote.exact === '14%')!;
    expect(c.comparable).toBe(false);
  });
});

describe('parties named as leaders have them and as entries of a ranking', () => {
  it('"Nigel Farage\'s Reform UK": the party, not its leader', () => {
    const [c] = claims("Nigel Farage's Reform UK collected more than 14 percent of the vote in the 2024 general election.", '2024-07-06');
    expect(c!.proposition?.subject).toEqual(['reform-uk']);
  });

  it.each([
    ['58 seats', ['mk-party']],
    ['39 seats', ['eff']],
  ])('"… came second with 87 seats, followed by the MK Party with 58 seats and the EFF with 39 seats": %s', (figure, subject) => {
    const found = claims(
      'The main opposition party, the Democratic Alliance (DA), came second with 87 seats in the National Assembly, followed by the uMkhonto weSizwe (MK) Party with 58 seats and the Economic Freedom Fighters (EFF) with 39 seats.',
      '2024-06-03',
    );
    expect(found.find((c) => c.quote.exact === figure)?.proposition?.subject).toEqual(subject);
  });

  it('an object of a verb before "with" is no entry ("Apple beat Samsung with 234.6 million phones")', () => {
    const [c] = claims('Apple beat Samsung with 234.6 million phones shipped in 2023.', '2024-01-20');
    expect(c!.proposition?.subject).toEqual(['apple']);
  });
});

describe('a headline of results clause by clause', () => {
  it.each([
    ['3', ['democratic-alliance']],
    ['58 seats', ['mk-party']],
  ])('"ANC loses 79 seats, DA gains 3, MKP scores 58 seats": %s is its own clause\'s party', (figure, subject) => {
    const c = claims('ANC loses 79 seats, DA gains 3, MKP scores 58 seats\n\nResults were announced on Sunday.', '2024-06-03').find(
      (x) => x.quote.exact === figure,
    );
    expect(c?.proposition?.subject).toEqual(subject);
  });
});

describe('an election a sentence tells as held stays held for the sentences that take their time from it', () => {
  it('"The ruling Mahayuti won by a landslide in the 2024 assembly election. … The BJP leads with 132 seats": a result, not a projection', () => {
    const found = claims(
      'Maharashtra results\n\nThe ruling Mahayuti won by a landslide in the 2024 Maharashtra assembly election. The BJP leads with 132 seats, followed by the Shiv Sena with 57.',
      '2024-11-24',
      'Maharashtra results',
    );
    const c = found.find((x) => x.quote.exact === '132 seats')!;
    expect(c.proposition).toMatchObject({ subject: ['bjp'], modality: 'actual' });
  });

  it('a sentence looking ahead marks nothing held, whatever words of a result it has ("expected to secure a landslide victory")', () => {
    const found = claims(
      'Polls\n\nLabour is expected to secure a landslide victory in the 2024 general election. Reform UK is on 14% of the vote.',
      '2024-03-06',
      'Polls',
    );
    expect(found.find((x) => x.quote.exact === '14%')?.proposition?.modality).not.toBe('actual');
  });
});

describe('held is said of one election only, and never of a poll', () => {
  it('"won 303 seats in the 2019 election and faces voters again in the 2024 election": 2024 is not held', () => {
    const found = claims(
      'India votes\n\nThe BJP won 303 seats in the 2019 election and faces voters again in the 2024 election. The BJP has 320 seats in the count.',
      '2024-05-25',
      'India votes',
    );
    expect(found.find((c) => c.quote.exact === '320 seats')?.proposition?.modality).not.toBe('actual');
  });

  it('a poll taking its time from a held election is no result ("The Mahayuti won the 2024 election. Pollsters say the BJP leads with 140 seats")', () => {
    const found = claims(
      'Maharashtra\n\nThe ruling Mahayuti won by a landslide in the 2024 Maharashtra assembly election. The BJP leads with 140 seats, pollsters say.',
      '2024-11-24',
      'Maharashtra',
    );
    const poll = found.find((c) => c.quote.exact === '140 seats')!;
    expect(poll.comparable && poll.proposition?.modality === 'actual').toBe(false);
  });
});

describe('a clause opened by a party owns its figure, past its abbreviation and an apposition', () => {
  const text =
    "India results\n\nThe BJP won 240 seats in the 2024 Lok Sabha election, the Shiv Sena won 7 seats and the Congress 99. As the Samajwadi Party kept the INDIA bloc's morale high in Uttar Pradesh with 37 seats, the Trinamool Congress (TMC), another key member of the opposition alliance, won 29 seats in West Bengal.";
  it.each([
    ['7 seats', ['shiv-sena']],
    ['37 seats', ['samajwadi-party']],
    ['29 seats', ['trinamool-congress']],
  ])('%s', (figure, subject) => {
    expect(claims(text, '2024-06-05', 'India results').find((c) => c.quote.exact === figure)?.proposition?.subject).toEqual(subject);
  });
});

describe('parties of Japan and groups of the European Parliament are parties of their own', () => {
  it.each([
    ['191 seats', ['ldp']],
    ['148 seats', ['cdp-japan']],
  ])('"The LDP dropped from 247 to 191 seats … The opposition Constitutional Democratic Party (CDP) increased from 98 to 148 seats": %s', (figure, subject) => {
    const found = claims(
      "Japan's ruling coalition loses majority\n\nJapan's ruling coalition, the LDP and Komeito, lost its parliamentary majority in Sunday's 2024 general election. The LDP dropped from 247 to 191 seats, while Komeito fell to 24. The opposition Constitutional Democratic Party (CDP) increased from 98 to 148 seats.",
      '2024-10-28',
      "Japan's ruling coalition loses majority",
    );
    expect(found.find((c) => c.quote.exact === figure)?.proposition?.subject).toEqual(subject);
  });

  it('"The European People\'s Party (EPP) won … with 189 seats": the group, not Europe', () => {
    const [c] = claims("The European People's Party (EPP) won the 2024 European Parliament elections with 189 seats.", '2024-06-10');
    expect(c!.proposition?.subject).toEqual(['epp']);
  });
});

describe('a poll or projection taking its time from an election its context names', () => {
  it('is not that election\'s result, nor dated by the document\'s statement of it ("won the 2019 election with 303 seats. Polls show … 320 seats")', () => {
    const found = claims('India votes\n\nThe BJP won the 2019 election with 303 seats. Polls show the BJP leads with 320 seats.', '2024-05-20', 'India votes');
    const poll = found.find((c) => c.quote.exact === '320 seats')!;
    expect(poll.period?.start).not.toBe('2019-01-01');
    expect(poll.comparable).toBe(false);
    expect(found.find((c) => c.quote.exact === '303 seats')?.comparable).toBe(true);
  });

  it('the bodies and places of the vote look ahead to nothing ("According to the poll body, India\'s turnout was 65.79 per cent")', () => {
    const found = claims(
      "India turnout\n\nIndia won praise for the 2024 general election. According to the poll body, India's turnout was 65.79 per cent.",
      '2024-06-05',
      'India turnout',
    );
    expect(found.find((c) => c.quote.exact === '65.79 per cent')?.comparable).toBe(true);
  });
});
