import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities.js';
import { unitByCode } from '../../src/lexicon/units.js';

/** Every figure of a sentence, as [quote, value, unit]. */
const all = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.value, q.unit]);

type Row = [sentence: string, quote: string, value: number, unit: string];
const table = (rows: Row[]) =>
  it.each(rows)('%s', (sentence, quote, value, unit) => {
    expect(all(sentence)).toEqual([[quote, value, unit]]);
  });

describe('SI prefixes generated for the SI units', () => {
  table([
    ['The probe resolves features of 0.4 fm.', '0.4 fm', 0.4, 'fm'],
    ['A proton is about 1.7 femtometres across.', 'about 1.7 femtometres', 1.7, 'fm'],
    ['The flash lasted 80 attoseconds.', '80 attoseconds', 80, 'as'],
    ['The trace held 3 ng of lead.', '3 ng', 3, 'ng'],
    ['The laser delivers 15 mW.', '15 mW', 15, 'mW'],
    ['The chip switches in 12 ns.', '12 ns', 12, 'ns'],
    ['The scanner works at 2.5 THz.', '2.5 THz', 2.5, 'THz'],
    ['The lag was 250 milliseconds.', '250 milliseconds', 250, 'ms'],
  ]);

  it('converts a generated unit by its prefix', () => {
    expect(unitByCode('fm')).toMatchObject({ dimension: 'length', factor: 1e-15, family: 'length' });
    expect(unitByCode('ns')).toMatchObject({ dimension: 'time', factor: 1e-9 });
    expect(unitByCode('mW')).toMatchObject({ dimension: 'power', factor: 1e-3, family: 'power' });
  });

  it('keeps a generated symbol in its own case: an FM station is no length', () => {
    expect(all('Tune in to 98.4 FM tonight.').map((q) => q[2])).not.toContain('fm');
  });
});

describe('am and pm: clock times, unless the number cannot be one', () => {
  table([
    ['The lattice spacing is 3.5 pm.', '3.5 pm', 3.5, 'pm'],
    ['The wave packet spans 1.275 am.', '1.275 am', 1.275, 'am'],
  ]);
  it.each(['The shop opens at 9 am.', 'They met at 4.15pm.', 'Doors close at 11:30 pm.', 'The train left at 6pm sharp.'])('%s has no figure', (s) => {
    expect(all(s)).toEqual([]);
  });
});

describe('geological time and counting units', () => {
  table([
    ['The oldest zircons are 4.4 Gyr old.', '4.4 Gyr', 4.4, 'Gyr'],
    ['The basin opened about 180Ma.', 'about 180Ma', 180, 'Myr'],
    ['The crater is two gigayears old.', 'two gigayears', 2, 'Gyr'],
    ['The shop ordered a gross of pencils.', 'a gross', 1, 'gross'],
    ['The stall sold 5 gross of buttons.', '5 gross', 5, 'gross'],
    ["She baked a baker's dozen for the fair.", "a baker's dozen", 1, 'bakers_dozen'],
  ]);
  it('reads "gross" as an adjective when a noun follows', () => {
    expect(all('It reported a gross margin of 31%.')).toEqual([['31%', 31, 'percent']]);
    expect(all('The ship has 5 gross tons of cargo space.').map((q) => q[2])).not.toContain('gross');
  });
  it('converts counting units to counts and geological time to seconds', () => {
    expect(unitByCode('gross')!.factor).toBe(144);
    expect(unitByCode('bakers_dozen')!.factor).toBe(13);
    expect(unitByCode('Gyr')!.factor).toBe(31557600e9);
  });
  it('reads a glued-only symbol spaced as no unit ("Ma" is also a name)', () => {
    expect(all('Shares of 3 Ma Group fell.').map((q) => q[2])).not.toContain('Myr');
  });
});

describe('"X in Y" shares take the whole second number', () => {
  it('reads no share from a year', () => {
    expect(all('The probe Pioneer 10 flew past in 1973 and again in 1983.').map((q) => q[2])).not.toContain('percent');
  });
  it('still reads a share', () => {
    expect(all('About 1 in 250 births are affected.')).toEqual([['About 1 in 250', 0.4, 'percent']]);
  });
});

describe('compound units composed from registry units', () => {
  table([
    ['The probe drifted at 0.3 km/ms.', '0.3 km/ms', 0.3, 'km/ms'],
    ['The heater loses 12 watts per minute.', '12 watts per minute', 12, 'W/min'],
    ['The fluence reached 40 J/m^2.', '40 J/m^2', 40, 'J/m2'],
    ['Planck measured 6.6 J·s in the toy model.', '6.6 J·s', 6.6, 'J·s'],
    ['The decay rate is 0.02 s⁻¹.', '0.02 s⁻¹', 0.02, 's⁻¹'],
    ['The jet left at 11 km/s.', '11 km/s', 11, 'km/s'],
  ]);

  it('derives the factor and family from the parts', () => {
    all('The probe drifted at 0.3 km/ms.');
    expect(unitByCode('km/ms')).toMatchObject({ dimension: 'derived', factor: 1e6, family: 'length/duration-days' });
    all('The decay rate is 0.02 s⁻¹.');
    expect(unitByCode('s⁻¹')).toMatchObject({ factor: 1, name: 'per second' });
    all('The heater loses 12 watts per minute.');
    expect(unitByCode('W/min')!.factor).toBeCloseTo(1 / 60, 15);
  });

  it('keeps calendar rates as a rate on the figure, not in its unit', () => {
    const [q] = findQuantities('The mill turns out 500 tonnes per day.');
    expect(q).toMatchObject({ unit: 't', value: 500 });
    expect(findQuantities('Capacity grows 40 GW/year.')[0]!.unit).toBe('GW');
  });

  it('composes no money, shares or counts', () => {
    expect(findQuantities('Rent rose 4% per month.')[0]!.unit).toBe('percent');
    expect(findQuantities('Cleaners earn $18 per hour.')[0]!.unit).toBe('USD');
  });
});

describe('powers of a base other than ten', () => {
  table([
    ['A block holds 4x2^10 bytes.', '4x2^10 bytes', 4096, 'B'],
    ['The key space is 3 × 2^20 keys wide.', '3 × 2^20 keys', 3145728, 'count'],
  ]);
  it('keeps products that are no powers apart: a 4x4 is a vehicle', () => {
    expect(all('He drove a 4x4 into town.')).toEqual([]);
  });
});

describe('amounts written one after another', () => {
  it('reads a second number with its own currency as a second amount, not as cents', () => {
    expect(all('Tickets were 12 $ and parking 8 $.').map((q) => q[1])).toEqual([12, 8]);
    expect(all('It was 25 € 40 € with the tip.').map((q) => q[1])).toEqual([25, 40]);
  });
  it('still reads cents after an amount', () => {
    expect(all('It came to 7 dollars 25.')).toEqual([['7 dollars 25', 7.25, 'USD']]);
  });
  it('reads "rmb" in lower case before a number', () => {
    expect(all('The fee is rmb 45 per visit.')).toEqual([['rmb 45', 45, 'CNY']]);
  });
});
