import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const meta = (publishedAt: string) => ({ publishedAt, title: 'Markets' });

// How markets reports price goods: a sum per so much of the good ("$80.50 a barrel", "$4.35 per bushel", "€34 per megawatt
// hour"), and how farm reports count harvests (bushels, bushels per acre).
describe('unit prices of goods', () => {
  it('a sum per barrel is the price of what the sentence names, in its terms, the denominator quoted with it', () => {
    const c = claimQuoted('Brent crude rose to $80.50 a barrel on Tuesday.', '$80.50', meta('2024-09-12'));
    expect(c.quote.exact).toBe('$80.50 a barrel');
    expect(c.unit).toBe('USD');
    expect(c.proposition?.measure).toBe('price');
    expect(c.proposition?.facets).toContain('oil');
    expect(c.proposition?.basis).toBe('per-bbl');
  });

  it('a price per barrel and one per tonne of the same good are different propositions', () => {
    const barrel = claimQuoted('Brent crude rose to $80.50 a barrel on Tuesday.', '$80.50', meta('2024-09-12'));
    const tonne = claimQuoted('Brent crude rose to $590 a tonne on Tuesday.', '$590', meta('2024-09-12'));
    expect(tonne.proposition?.basis).toBe('per-t');
    expect(tonne.metric).not.toBe(barrel.metric);
  });

  it('a sum per unit is a price even where a verb of selling or a flow names it ("sold for $55 per cwt", "exports fetched $240 a tonne")', () => {
    expect(claimQuoted('Hogs sold for $55 per cwt at the auction on Monday.', '$55', meta('2024-09-12')).proposition?.measure).toBe('price');
    expect(claimQuoted('Rice exports fetched $240 a tonne in August 2024.', '$240', meta('2024-09-12')).proposition?.measure).toBe('price');
  });

  it('a measure that is a price already keeps its name ("petrol prices … $3.50 a gallon")', () => {
    const c = claimQuoted('Petrol prices in the United States rose to $3.50 a gallon in August 2024.', '$3.50', meta('2024-09-12'));
    expect(c.proposition?.measure).toBe('petrol-prices');
    expect(c.proposition?.basis).toBe('per-gal');
  });

  it('the denominator may be a symbol glued by a slash, with a magnitude ("$2.10/MMBtu")', () => {
    const c = claimQuoted('Henry Hub natural gas fell to $2.10/MMBtu on Monday.', '$2.10', meta('2024-09-12'));
    expect(c.quote.exact).toBe('$2.10/MMBtu');
    expect(c.proposition?.basis).toBe('per-1000000-Btu');
    expect(c.proposition?.facets).toContain('natural-gas');
  });

  it('a change that moved a sum to a unit price is a change of that price ("rose 5.3% to $84.12 a barrel")', () => {
    const c = claimQuoted('Brent crude rose 5.3% to $84.12 a barrel on Monday.', '5.3%', meta('2023-04-03'));
    expect(c.proposition?.measure).toBe('price');
    expect(c.proposition?.statType).toBe('change');
    expect(c.proposition?.facets).toContain('oil');
  });

  it('sums per share, per month or with no denominator keep their readings', () => {
    const eps = claimQuoted('The firm posted earnings per share of $2.95 a share in 2023.', '$2.95', meta('2024-02-12'));
    expect(eps.proposition?.measure).toBe('earnings-per-share');
    expect(eps.proposition?.basis ?? '').not.toMatch(/per-/);
    const fee = claimQuoted('The plan costs $5 a month in 2024.', '$5', meta('2024-09-12'));
    expect(fee.proposition?.basis ?? '').not.toMatch(/per-(?!month)/);
    // (Sales in money, and their change stated with them, are revenue.)
    const sales = claimQuoted('Sales rose 5% to $80 million in 2023.', '5%', meta('2024-02-12'));
    expect(sales.proposition?.measure).toBe('revenue');
    expect(sales.proposition?.basis ?? '').not.toMatch(/per-/);
    expect(claimQuoted('Sales rose 5% to $80 million in 2023.', '$80 million', meta('2024-02-12')).proposition?.measure).toBe('revenue');
  });

  it("a futures contract's delivery month is not the time of its price", () => {
    const c = claimQuoted('Cocoa futures for May delivery were up 3.9% at $10,030 per metric ton.', '$10,030', meta('2024-03-26'));
    expect(c.period?.label).toBeDefined();
    expect(c.period?.label).not.toMatch(/May/);
    const contract = claimQuoted('The December contract settled at $4.20 a bushel.', '$4.20', meta('2024-09-10'));
    expect(contract.period?.label).not.toMatch(/December/);
    // (A month that is the time of the figure stays it.)
    expect(claimQuoted('Rice exports fetched $240 a tonne in May 2024.', '$240', meta('2024-09-12')).period?.start).toBe('2024-05-01');
  });
});

describe('more ways markets reports write a unit price', () => {
  it('a sum per pound is per pound of weight in a sentence about prices, and no price in one about exchange rates', () => {
    const copper = claimQuoted('Copper prices rose to $4.50 a pound on Monday.', '$4.50', meta('2024-09-12'));
    expect(copper.proposition?.basis).toBe('per-lb');
    expect(copper.proposition?.facets).toContain('copper');
    const sterling = claimQuoted('The dollar was steady at $1.27 per pound on Monday.', '$1.27', meta('2024-09-12'));
    expect(sterling.quote.exact).toBe('$1.27');
    // (Only the sum's own clause says whether it is an exchange rate.)
    const arabica = claimQuoted('Arabica rose to $3.40 a pound, while the euro weakened on Monday.', '$3.40', meta('2024-09-12'));
    expect(arabica.proposition?.basis).toBe('per-lb');
  });

  it('a change that settled, traded or hit a record at a unit price is a change of it', () => {
    const settled = claimQuoted('Brent crude settled 1% higher at $80.10 a barrel on Monday.', '1%', meta('2024-09-12'));
    expect(settled.proposition?.measure).toBe('price');
    expect(settled.proposition?.facets).toContain('oil');
    const record = claimQuoted('Spot gold rose 2% to a record $2,531 an ounce on Monday.', '2%', meta('2024-09-12'));
    expect(record.proposition?.measure).toBe('price');
    expect(record.proposition?.facets).toContain('gold');
  });

  it('a comparative right after a change gives its direction ("closed 0.5% lower at $2,310")', () => {
    const lower = claimQuoted('Spot gold closed 0.5% lower at $2,310 per ounce on Monday.', '0.5%', meta('2024-03-12'));
    expect(lower.value).toBe(-0.5);
    expect(lower.proposition?.statType).toBe('change');
    expect(claimQuoted('Copper settled 1.2% higher at $4.10 a pound on Monday.', '1.2%', meta('2024-03-12')).value).toBe(1.2);
  });

  it('"bushels an acre" is a yield per acre', () => {
    const c = claimQuoted('US corn yields averaged 177.3 bushels an acre in 2023.', '177.3', meta('2024-01-12'));
    expect(c.unit).toBe('bu/acre');
    expect(c.proposition?.measure).toBe('crop-yield');
    // ("40 miles a gallon": only an area divides after "a".)
    expect(claimQuoted('The car does 40 miles a gallon on the highway.', '40', meta('2024-01-12')).unit).toBe('mi');
  });
});

describe('sums per unit that are no price of the good', () => {
  it('a duty, a subsidy or a discount per unit keeps its own reading', () => {
    const duty = claimQuoted('China slapped an anti-dumping duty of $300 per tonne on imported steel in 2024.', '$300', meta('2024-09-12'));
    expect(duty.proposition?.measure ?? null).not.toBe('price');
    const discount = claimQuoted('Urals traded at a discount of $15 a barrel to Brent in May 2024.', '$15', meta('2024-09-12'));
    expect(discount.proposition?.measure ?? null).not.toBe('price');
    const subsidy = claimQuoted('Farmers in Canada receive a subsidy of 30 cents a bushel in 2024.', '30 cents', meta('2024-09-12'));
    expect(subsidy.proposition?.measure).toBe('subsidies');
  });

  it('how far a price moved per unit is no price ("took gold $300 an ounce higher")', () => {
    const c = claimQuoted('The rally took gold $300 an ounce higher this year.', '$300', meta('2024-09-12'));
    expect(c.quote.exact).toBe('$300');
    expect(c.proposition?.basis ?? '').not.toMatch(/per-/);
  });

  it('words that only look like a commodity name none ("coffee shop chain", "a silver lining", "Sugar Land")', () => {
    const coffee = claimQuoted('Coffee shop chain Starbucks said sales rose 4% to $9.1 billion in 2024.', '4%', meta('2024-10-30'));
    // (Sales stated in money, with their change, are the company's revenue.)
    expect(coffee.proposition?.measure).toBe('revenue');
    expect(coffee.proposition?.facets).not.toContain('coffee');
    const silver = claimQuoted('There is a silver lining: retail sales rose 3% in August 2024.', '3%', meta('2024-09-12'));
    expect(silver.proposition?.facets).not.toContain('silver');
  });

  it('a month before "delivery" or "contract" that is no futures month stays the time of the figure', () => {
    const tesla = claimQuoted("Tesla's September delivery numbers beat estimates at 140,000 vehicles.", '140,000', meta('2024-10-03'));
    expect(tesla.period?.start).toBe('2024-09-01');
    const gas = claimQuoted('Gas for delivery in January traded at €45 per MWh.', '€45', meta('2024-10-03'));
    expect(gas.period?.label).not.toMatch(/January/);
  });
});

describe('farm units', () => {
  it('bushels are a unit of their own, and bushels per acre a crop yield', () => {
    const text = 'The USDA put US corn production at 15.1 billion bushels in 2024, with an average yield of 181.5 bushels per acre.';
    const { claims } = extract(text, meta('2024-09-12'));
    const crop = claims.find((c) => c.quote.exact === '15.1 billion bushels');
    const yieldPerAcre = claims.find((c) => c.quote.exact === '181.5 bushels per acre');
    expect(crop?.unit).toBe('bu');
    expect(crop?.value).toBe(15.1e9);
    expect(yieldPerAcre?.unit).toBe('bu/acre');
    expect(yieldPerAcre?.proposition?.measure).toBe('crop-yield');
  });

  it('a yield per hectare and a bond yield stay apart', () => {
    const wheat = claimQuoted("France's wheat yield fell to 6.1 tonnes per hectare in 2023.", '6.1', meta('2024-09-12'));
    expect(wheat.proposition?.measure).toBe('crop-yield');
    expect(wheat.proposition?.subject).toEqual(['france']);
    const bond = claimQuoted("France's 10-year bond yield rose to 3.2% in 2023.", '3.2%', meta('2024-09-12'));
    expect(bond.proposition?.measure).toBe('bond-yield');
  });

  it('a price per troy ounce, per hundredweight and per million Btu reads the unit', () => {
    expect(claimQuoted('Gold hit $2,500 a troy ounce on Friday.', '$2,500', meta('2024-08-17')).proposition?.basis).toBe('per-ozt');
    expect(claimQuoted('Cattle sold for $185 per hundredweight on Friday.', '$185', meta('2024-08-17')).proposition?.basis).toBe('per-cwt');
    expect(claimQuoted('Gas traded at $2.50 per million British thermal units on Friday.', '$2.50', meta('2024-08-17')).proposition?.basis).toBe(
      'per-1000000-Btu',
    );
  });
});
