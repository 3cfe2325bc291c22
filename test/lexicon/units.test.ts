import { codes as isoCodes } from 'currency-codes';
import { describe, expect, it } from 'vitest';
import { groupUnitOf, toGroupUnit, unitFamily } from '../../src/compare/units.js';
import { unitKindOf } from '../../src/extract/metric-match.js';
import { formatFigure } from '../../src/extract/statement.js';
import { findQuantities } from '../../src/extract/quantities.js';
import { exampleOf, kindOf, matchCurrencyBefore, matchUnitAfter, UNITS, unitByCode } from '../../src/lexicon/units.js';

describe('the unit registry', () => {
  it('gives every unit one code, a dimension and a positive factor to its base unit', () => {
    expect(new Set(UNITS.map((u) => u.code)).size).toBe(UNITS.length);
    for (const u of UNITS) {
      expect(u.factor, u.code).toBeGreaterThan(0);
      if (u.dimension !== 'money') expect(unitByCode(u.base!)?.factor, `${u.code} → ${u.base}`).toBe(1);
    }
  });

  it('names physical units by UCUM code and money by ISO 4217 code', () => {
    expect(unitByCode('km')!.standard).toEqual({ system: 'UCUM', code: 'km' });
    expect(unitByCode('mi')!.standard).toEqual({ system: 'UCUM', code: '[mi_i]' });
    expect(unitByCode('°C')!.standard).toEqual({ system: 'UCUM', code: 'Cel' });
    for (const code of ['USD', 'EUR', 'CNY', 'JPY', 'INR', 'BRL', 'NGN', 'KZT']) {
      expect(unitByCode(code)!.standard).toEqual({ system: 'ISO 4217', code });
    }
  });

  it('covers every current ISO 4217 currency except metals, funds and testing codes', () => {
    const money = new Set(UNITS.filter((u) => u.dimension === 'money').map((u) => u.code));
    const missing = isoCodes().filter((c) => !money.has(c) && !/^X(?!AF|OF|PF|CD)/.test(c));
    expect(
      missing.every((c) => /^(?:BOV|CHE|CHW|CLF|COU|MXV|USN|UYI|UYW)$/.test(c)),
      missing.join(),
    ).toBe(true);
  });

  it('keeps the contract codes the API already used', () => {
    for (const code of [
      'percent',
      'percentage_point',
      'count',
      'rank',
      'km',
      'mi',
      'nmi',
      'm',
      'm3',
      'ft3',
      't',
      'bbl',
      'year',
      'month',
      'week',
      'day',
      'hour',
      'min',
      's',
    ]) {
      expect(unitByCode(code), code).toBeDefined();
    }
  });
});

describe('surface forms', () => {
  it.each([
    ['GW', 'GW', 1],
    [' gigawatts', 'GW', 1],
    [' Gigawatts', 'GW', 1],
    ['-kilometre', 'km', 1],
    [' bcm', 'm3', 1e9],
    [' tcf', 'ft3', 1e12],
    [' sq mi', 'mi2', 1],
    [' degrees Fahrenheit', '°F', 1],
    [' kilometres per hour', 'km/h', 1],
    [' Hong Kong dollars', 'HKD', 1],
    [' naira', 'NGN', 1],
    // the Nordic and Czech currencies as English news names them
    [' Norwegian crowns', 'NOK', 1],
    [' Danish crowns', 'DKK', 1],
    [' Swedish crowns', 'SEK', 1],
    [' Czech crowns', 'CZK', 1],
  ])('%j → %s', (after, code, multiplier) => {
    expect(matchUnitAfter(after, '')).toMatchObject({ code, multiplier });
  });

  it('matches symbols case-sensitively where case tells units apart', () => {
    expect(matchUnitAfter(' MB', '')?.code).toBe('MB');
    expect(matchUnitAfter(' Mb', '')?.code).toBe('Mbit');
    expect(matchUnitAfter(' mb', '')).toBeNull();
  });

  it('reads "in" as inches only where no word follows', () => {
    expect(matchUnitAfter(' in thick', '')?.code).toBe('in');
    expect(matchUnitAfter(' in the end', '')).toBeNull();
  });

  it('reads currency prefixes, glued or spaced', () => {
    expect(matchCurrencyBefore('paid US$', '')).toMatchObject({ code: 'USD' });
    expect(matchCurrencyBefore('about NZ$', '')).toMatchObject({ code: 'NZD' });
    expect(matchCurrencyBefore('worth EUR ', '')).toMatchObject({ code: 'EUR' });
    expect(matchCurrencyBefore('at COP', '')).toBeNull();
    expect(matchCurrencyBefore('the ', '')).toBeNull();
  });
});

describe('comparison reads the registry', () => {
  it('converts within a family', () => {
    expect(unitFamily('GW')).toBe(unitFamily('MW'));
    expect(toGroupUnit(2500, 'MW')).toEqual({ value: 2.5, unit: 'GW' });
    expect(toGroupUnit(1500, 'kg')).toEqual({ value: 1.5, unit: 't' });
    expect(toGroupUnit(10, 'mi')).toEqual({ value: 16.09344, unit: 'km' });
    expect(toGroupUnit(2, 'week')).toEqual({ value: 14, unit: 'day' });
    expect(groupUnitOf('m')).toBe('km');
  });

  it('never converts currencies, calendar years or temperatures', () => {
    expect(unitFamily('USD')).not.toBe(unitFamily('CNY'));
    expect(unitFamily('year')).not.toBe(unitFamily('day'));
    expect(unitFamily('°C')).not.toBe(unitFamily('°F'));
    expect(toGroupUnit(5, 'CNY')).toEqual({ value: 5, unit: 'CNY' });
  });

  it('gives metric unit kinds from the registry', () => {
    expect(unitKindOf('percentage_point')).toBe('percent');
    expect(unitKindOf('hour')).toBe('duration');
    expect(unitKindOf('GW')).toBe('power');
    expect(unitKindOf('HKD')).toBe('money');
    expect(kindOf('widgets')).toBe('other');
  });
});

describe('statements read the registry', () => {
  it.each([
    [473, 'GW', null, '473 GW'],
    [8.5e6, 't', null, '8.5 million tonnes'],
    [1, 'nmi', null, '1 nautical mile'],
    [3.7e9, 'HKD', null, '3.7 billion HKD'],
    [244.8e9, 'USD', null, 'US$244.8 billion'],
    [2, 'percentage_point', null, '2 percentage points'],
    [11, 'count', 'times', '11 times'],
  ] as const)('%d %s → %s', (value, unit, noun, text) => {
    expect(formatFigure(value, unit, noun)).toBe(text);
  });
});

describe('every unit reads back from its example sentence', () => {
  const physical = UNITS.filter((u) => u.dimension !== 'money');
  it.each(physical.map((u) => [u.code, exampleOf(u.code)!]))('%s: %s', (code, sentence) => {
    const units = findQuantities(sentence).map((q) => q.unit);
    expect(units, sentence).toContain(code);
  });

  it('reads every currency by its code before the number and its name after it', () => {
    const money = UNITS.filter((u) => u.dimension === 'money');
    const names = new Map<string, number>();
    for (const u of money) names.set(u.name.toLowerCase(), (names.get(u.name.toLowerCase()) ?? 0) + 1);
    const wrong: string[] = [];
    for (const u of money) {
      if (u.prefixes.includes(u.code)) {
        const [q] = findQuantities(`The fee was ${u.code} 1,250 in total.`);
        if (q?.unit !== u.code) wrong.push(`${u.code} 1,250 → ${q?.unit}`);
      }
      if (u.words.includes(u.name) && names.get(u.name.toLowerCase()) === 1) {
        const [q] = findQuantities(`The fee was 1,250 ${u.name} in total.`);
        if (q?.unit !== u.code) wrong.push(`1,250 ${u.name} → ${q?.unit}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
