/**
 * Physical and counting units: the data behind the unit registry (money is built from the
 * ISO 4217 list in currencies.ts). Factors are exact by definition where a definition exists
 * (1 mi = 1609.344 m, 1 lb = 0.45359237 kg, 1 US gal = 3.785411784 L, 1 bbl = 42 US gal,
 * 1 toe = 41.868 GJ, 1 hp = 745.69987158227022 W); a year is the Julian year of 365.25 days.
 *
 * Surface forms:
 * - `symbols` are matched as written (case matters: MW is not mW) and may be glued to the
 *   number ("40mph", "512GB"); a symbol of two or more letters is also matched in any case
 *   when no other symbol folds to the same letters ("50.02 HZ");
 * - `words` are matched in any case, in the singular and in the plural (generated), after a
 *   space or a hyphen ("9 FEET", "27-kilometre");
 * - a form may carry a multiplier into its unit ("bcm" is 1e9 m3, "Mtoe" 1e6 toe).
 */

import type { Dimension } from '../domain/enums.js';

export type { Dimension } from '../domain/enums.js';

export interface UnitSpec {
  /** The short code a claim carries ("km", "GW", "USD"). */
  code: string;
  name: string;
  dimension: Dimension;
  /** Multiply a value in this unit by this to get the dimension's base unit. */
  factor: number;
  /** Added after the factor (temperatures only: °C → K). */
  offset?: number;
  /** UCUM code (null where UCUM has none, e.g. percentage points, tonnes of oil equivalent). */
  ucum: string | null;
  symbols?: string[];
  words?: string[];
  /** Forms with a multiplier: [form, multiplier, 'symbol' | 'word']. */
  scaled?: Array<[string, number, 'symbol' | 'word']>;
  /**
   * Comparisons convert only within one family; units outside any family compare with
   * themselves only (calendar years and months vary in length; temperatures are affine).
   */
  family?: string;
  /** The unit the family reports comparisons in. */
  familyUnit?: string;
}

/** Units a statement writes out by name ("3 nautical miles"); the others by symbol ("473 GW"). */
export const SPELLED_OUT = new Set(['mi', 'nmi', 'm', 'm3', 'ft3', 't', 'bbl', 'year', 'month', 'week', 'day', 'hour', 'min', 's', 'percentage_point', 'bp', 'acre', 'ha', 'gal', 'toe', 'lb', 'oz', 'yd', 'ft', 'in', 'bit', 'B', 'J']);

export const BASE_UNITS: Record<Dimension, string | null> = {
  money: null,
  percent: 'percent',
  percentage_point: 'percentage_point',
  count: 'count',
  rank: 'rank',
  length: 'm',
  area: 'm2',
  volume: 'm3',
  mass: 'kg',
  time: 's',
  energy: 'J',
  power: 'W',
  speed: 'm/s',
  data: 'B',
  temperature: 'K',
  frequency: 'Hz',
};

const L = (code: string, name: string, factor: number, ucum: string, symbols: string[], words: string[], extra: Partial<UnitSpec> = {}): UnitSpec => ({
  code, name, dimension: 'length', factor, ucum, symbols, words, family: 'length', familyUnit: 'km', ...extra,
});

export const PHYSICAL_UNITS: UnitSpec[] = [
  // Dimensionless
  { code: 'percent', name: 'percent', dimension: 'percent', factor: 1, ucum: '%', symbols: ['%', '％', 'pc', 'pct'], words: ['percent', 'per cent', 'per-cent', 'percentage'], family: 'percent', familyUnit: 'percent' },
  { code: 'percentage_point', name: 'percentage point', dimension: 'percentage_point', factor: 1, ucum: null, symbols: ['pp', 'ppt', 'p.p.'], words: ['percentage point', 'percent point', 'per cent point'], family: 'percentage_point', familyUnit: 'percentage_point' },
  { code: 'bp', name: 'basis point', dimension: 'percentage_point', factor: 0.01, ucum: null, symbols: ['bp', 'bps', 'bpts'], words: ['basis point'], family: 'percentage_point', familyUnit: 'percentage_point' },
  { code: 'count', name: 'count', dimension: 'count', factor: 1, ucum: '{count}', words: ['times', 'occasions'] },
  { code: 'rank', name: 'rank', dimension: 'rank', factor: 1, ucum: '{rank}' },

  // Length (comparisons in km)
  L('km', 'kilometre', 1000, 'km', ['km', 'kms'], ['kilometre', 'kilometer', 'klick']),
  L('m', 'metre', 1, 'm', ['m'], ['metre', 'meter']),
  L('dm', 'decimetre', 0.1, 'dm', ['dm'], ['decimetre', 'decimeter']),
  L('cm', 'centimetre', 0.01, 'cm', ['cm'], ['centimetre', 'centimeter']),
  L('mm', 'millimetre', 0.001, 'mm', ['mm'], ['millimetre', 'millimeter']),
  L('um', 'micrometre', 1e-6, 'um', ['µm', 'μm'], ['micrometre', 'micrometer', 'micron']),
  L('nm', 'nanometre', 1e-9, 'nm', ['nm'], ['nanometre', 'nanometer']),
  L('pm', 'picometre', 1e-12, 'pm', ['pm'], ['picometre', 'picometer']),
  L('mi', 'mile', 1609.344, '[mi_i]', ['mi'], ['mile', 'statute mile']),
  L('nmi', 'nautical mile', 1852, '[nmi_i]', ['nmi'], ['nautical mile']),
  L('yd', 'yard', 0.9144, '[yd_i]', ['yd', 'yds'], ['yard']),
  L('ft', 'foot', 0.3048, '[ft_i]', ['ft', '′'], ['foot', 'feet']),
  L('in', 'inch', 0.0254, '[in_i]', ['in.', '″', 'in'], ['inch']),

  // Area (comparisons in km2)
  { code: 'km2', name: 'square kilometre', dimension: 'area', factor: 1e6, ucum: 'km2', symbols: ['km2', 'km²', 'km^2', 'sq km', 'sq. km', 'sqkm'], words: ['square kilometre', 'square kilometer', 'kilometre squared', 'kilometer squared', 'km squared'], family: 'area', familyUnit: 'km2' },
  { code: 'm2', name: 'square metre', dimension: 'area', factor: 1, ucum: 'm2', symbols: ['m2', 'm²', 'm^2', 'sq m'], words: ['square metre', 'square meter', 'metre squared', 'meter squared'], family: 'area', familyUnit: 'km2' },
  { code: 'cm2', name: 'square centimetre', dimension: 'area', factor: 1e-4, ucum: 'cm2', symbols: ['cm2', 'cm²'], words: ['square centimetre', 'square centimeter'], family: 'area', familyUnit: 'km2' },
  { code: 'ha', name: 'hectare', dimension: 'area', factor: 1e4, ucum: 'har', symbols: ['ha'], words: ['hectare'], family: 'area', familyUnit: 'km2' },
  { code: 'acre', name: 'acre', dimension: 'area', factor: 4046.8564224, ucum: '[acr_us]', symbols: [], words: ['acre'], family: 'area', familyUnit: 'km2' },
  { code: 'mi2', name: 'square mile', dimension: 'area', factor: 2589988.110336, ucum: '[smi_us]', symbols: ['sq mi', 'mi2', 'mi²', 'sq. mi.', 'sq. mi'], words: ['square mile'], family: 'area', familyUnit: 'km2' },
  { code: 'ft2', name: 'square foot', dimension: 'area', factor: 0.09290304, ucum: '[sft_i]', symbols: ['sq ft', 'ft2', 'ft²', 'sq. ft.', 'sq. ft'], words: ['square foot', 'square feet'], family: 'area', familyUnit: 'km2' },

  // Volume (comparisons in m3)
  { code: 'm3', name: 'cubic metre', dimension: 'volume', factor: 1, ucum: 'm3', symbols: ['m3', 'm³', 'm^3', 'cu m'], words: ['cubic metre', 'cubic meter', 'metre cubed', 'meter cubed'], scaled: [['bcm', 1e9, 'symbol'], ['tcm', 1e12, 'symbol'], ['bcm/y', 1e9, 'symbol'], ['bcma', 1e9, 'symbol']], family: 'volume', familyUnit: 'm3' },
  { code: 'km3', name: 'cubic kilometre', dimension: 'volume', factor: 1e9, ucum: 'km3', symbols: ['km3', 'km³', 'km^3'], words: ['cubic kilometre', 'cubic kilometer', 'km cubed', 'kilometre cubed', 'kilometer cubed'], family: 'volume', familyUnit: 'm3' },
  { code: 'cm3', name: 'cubic centimetre', dimension: 'volume', factor: 1e-6, ucum: 'cm3', symbols: ['cm3', 'cm³', 'cc'], words: ['cubic centimetre', 'cubic centimeter'], family: 'volume', familyUnit: 'm3' },
  { code: 'L', name: 'litre', dimension: 'volume', factor: 0.001, ucum: 'L', symbols: ['L', 'ltr'], words: ['litre', 'liter'], family: 'volume', familyUnit: 'm3' },
  { code: 'mL', name: 'millilitre', dimension: 'volume', factor: 1e-6, ucum: 'mL', symbols: ['ml', 'mL'], words: ['millilitre', 'milliliter'], family: 'volume', familyUnit: 'm3' },
  { code: 'cL', name: 'centilitre', dimension: 'volume', factor: 1e-5, ucum: 'cL', symbols: ['cl', 'cL'], words: ['centilitre', 'centiliter'], family: 'volume', familyUnit: 'm3' },
  { code: 'gal', name: 'US gallon', dimension: 'volume', factor: 0.003785411784, ucum: '[gal_us]', symbols: ['gal'], words: ['gallon', 'US gallon'], family: 'volume', familyUnit: 'm3' },
  { code: 'floz', name: 'US fluid ounce', dimension: 'volume', factor: 0.0000295735295625, ucum: '[foz_us]', symbols: ['fl oz', 'fl. oz.', 'fl.oz.'], words: ['fluid ounce'], family: 'volume', familyUnit: 'm3' },
  { code: 'cup', name: 'US cup', dimension: 'volume', factor: 0.0002365882365, ucum: '[cup_us]', symbols: [], words: ['cup'], family: 'volume', familyUnit: 'm3' },
  { code: 'tbsp', name: 'US tablespoon', dimension: 'volume', factor: 0.00001478676478125, ucum: '[tbs_us]', symbols: ['tbsp', 'tbs', 'Tbsp'], words: ['tablespoon'], family: 'volume', familyUnit: 'm3' },
  { code: 'tsp', name: 'US teaspoon', dimension: 'volume', factor: 0.00000492892159375, ucum: '[tsp_us]', symbols: ['tsp'], words: ['teaspoon'], family: 'volume', familyUnit: 'm3' },
  { code: 'pt', name: 'US pint', dimension: 'volume', factor: 0.000473176473, ucum: '[pt_us]', symbols: [], words: ['pint'], family: 'volume', familyUnit: 'm3' },
  { code: 'bbl', name: 'barrel (oil)', dimension: 'volume', factor: 0.158987294928, ucum: '[bbl_us]', symbols: ['bbl', 'bbls', 'bpd', 'b/d', 'bbl/d'], words: ['barrel', 'barrel per day', 'barrel a day'], scaled: [['mb/d', 1e6, 'symbol'], ['mbd', 1e6, 'symbol'], ['MMbbl', 1e6, 'symbol'], ['mmbpd', 1e6, 'symbol']], family: 'volume', familyUnit: 'm3' },
  { code: 'ft3', name: 'cubic foot', dimension: 'volume', factor: 0.028316846592, ucum: '[cft_i]', symbols: ['ft3', 'ft³', 'cu ft'], words: ['cubic foot', 'cubic feet'], scaled: [['bcf', 1e9, 'symbol'], ['tcf', 1e12, 'symbol'], ['Bcf', 1e9, 'symbol'], ['Tcf', 1e12, 'symbol']], family: 'volume', familyUnit: 'm3' },

  // Mass (comparisons in t)
  { code: 't', name: 'tonne', dimension: 'mass', factor: 1000, ucum: 't', symbols: ['t'], words: ['tonne', 'metric ton', 'metric tonne', 'ton'], scaled: [['Mt', 1e6, 'symbol'], ['kt', 1e3, 'symbol'], ['Gt', 1e9, 'symbol'], ['mtpa', 1e6, 'symbol'], ['Mtpa', 1e6, 'symbol'], ['MTPA', 1e6, 'symbol'], ['megatonne', 1e6, 'word'], ['megaton', 1e6, 'word'], ['gigatonne', 1e9, 'word'], ['kilotonne', 1e3, 'word']], family: 'mass', familyUnit: 't' },
  { code: 'kg', name: 'kilogram', dimension: 'mass', factor: 1, ucum: 'kg', symbols: ['kg', 'kgs'], words: ['kilogram', 'kilogramme', 'kilo'], family: 'mass', familyUnit: 't' },
  { code: 'g', name: 'gram', dimension: 'mass', factor: 0.001, ucum: 'g', symbols: ['g'], words: ['gram', 'gramme'], family: 'mass', familyUnit: 't' },
  { code: 'mg', name: 'milligram', dimension: 'mass', factor: 1e-6, ucum: 'mg', symbols: ['mg'], words: ['milligram', 'milligramme'], family: 'mass', familyUnit: 't' },
  { code: 'ug', name: 'microgram', dimension: 'mass', factor: 1e-9, ucum: 'ug', symbols: ['µg', 'μg', 'mcg', 'ug'], words: ['microgram', 'microgramme'], family: 'mass', familyUnit: 't' },
  { code: 'lb', name: 'pound', dimension: 'mass', factor: 0.45359237, ucum: '[lb_av]', symbols: ['lb', 'lbs', 'lb.', 'lbs.'], words: ['pound'], family: 'mass', familyUnit: 't' },
  { code: 'oz', name: 'ounce', dimension: 'mass', factor: 0.028349523125, ucum: '[oz_av]', symbols: ['oz', 'oz.'], words: ['ounce'], family: 'mass', familyUnit: 't' },

  // Time: weeks, days, hours, minutes and seconds convert (comparisons in days); calendar
  // years and months do not, so "a year" and "365 days" stay different propositions.
  { code: 'year', name: 'year', dimension: 'time', factor: 31557600, ucum: 'a', symbols: ['yr', 'yrs'], words: ['year'], scaled: [['decade', 10, 'word'], ['century', 100, 'word'], ['centuries', 100, 'word']] },
  // Geological time: multiples of the Julian year (ka, Ma, Ga glued to the number only: "Ma" and "Ga" are also names and elements).
  { code: 'kyr', name: 'kiloyear', dimension: 'time', factor: 31557600e3, ucum: 'ka', symbols: ['kyr', 'ka'], words: ['kiloyear', 'kiloannum'] },
  { code: 'Myr', name: 'megayear', dimension: 'time', factor: 31557600e6, ucum: 'Ma', symbols: ['Myr', 'Ma'], words: ['megayear', 'megaannum'] },
  { code: 'Gyr', name: 'gigayear', dimension: 'time', factor: 31557600e9, ucum: 'Ga', symbols: ['Gyr', 'Ga'], words: ['gigayear', 'gigaannum'] },
  // Counting units: a gross is a dozen dozen, a baker's dozen thirteen.
  { code: 'gross', name: 'gross', dimension: 'count', factor: 144, ucum: null, symbols: [], words: ['gross', 'square dozen'] },
  { code: 'bakers_dozen', name: "baker's dozen", dimension: 'count', factor: 13, ucum: null, symbols: [], words: ["baker's dozen", 'baker’s dozen'] },
  { code: 'month', name: 'month', dimension: 'time', factor: 2629800, ucum: 'mo', symbols: ['mos'], words: ['month'] },
  { code: 'week', name: 'week', dimension: 'time', factor: 604800, ucum: 'wk', symbols: ['wk', 'wks'], words: ['week'], family: 'duration-days', familyUnit: 'day' },
  { code: 'day', name: 'day', dimension: 'time', factor: 86400, ucum: 'd', symbols: [], words: ['day'], family: 'duration-days', familyUnit: 'day' },
  { code: 'hour', name: 'hour', dimension: 'time', factor: 3600, ucum: 'h', symbols: ['h', 'hr', 'hrs'], words: ['hour'], family: 'duration-days', familyUnit: 'day' },
  { code: 'min', name: 'minute', dimension: 'time', factor: 60, ucum: 'min', symbols: ['min', 'mins'], words: ['minute'], family: 'duration-days', familyUnit: 'day' },
  { code: 's', name: 'second', dimension: 'time', factor: 1, ucum: 's', symbols: ['sec', 'secs'], words: ['second'], family: 'duration-days', familyUnit: 'day' },

  // Energy (comparisons in TWh)
  { code: 'J', name: 'joule', dimension: 'energy', factor: 1, ucum: 'J', symbols: ['J'], words: ['joule'], scaled: [['kJ', 1e3, 'symbol'], ['MJ', 1e6, 'symbol'], ['GJ', 1e9, 'symbol'], ['TJ', 1e12, 'symbol'], ['PJ', 1e15, 'symbol'], ['EJ', 1e18, 'symbol'], ['exajoule', 1e18, 'word'], ['petajoule', 1e15, 'word'], ['gigajoule', 1e9, 'word']], family: 'energy', familyUnit: 'TWh' },
  { code: 'eV', name: 'electronvolt', dimension: 'energy', factor: 1.602176634e-19, ucum: 'eV', symbols: ['eV'], words: ['electronvolt', 'electron volt'], scaled: [['keV', 1e3, 'symbol'], ['MeV', 1e6, 'symbol'], ['GeV', 1e9, 'symbol'], ['TeV', 1e12, 'symbol']], family: 'energy', familyUnit: 'TWh' },
  { code: 'Wh', name: 'watt-hour', dimension: 'energy', factor: 3600, ucum: 'W.h', symbols: ['Wh'], words: ['watt-hour', 'watt hour'], family: 'energy', familyUnit: 'TWh' },
  { code: 'kWh', name: 'kilowatt-hour', dimension: 'energy', factor: 3.6e6, ucum: 'kW.h', symbols: ['kWh'], words: ['kilowatt-hour', 'kilowatt hour'], family: 'energy', familyUnit: 'TWh' },
  { code: 'MWh', name: 'megawatt-hour', dimension: 'energy', factor: 3.6e9, ucum: 'MW.h', symbols: ['MWh'], words: ['megawatt-hour', 'megawatt hour'], family: 'energy', familyUnit: 'TWh' },
  { code: 'GWh', name: 'gigawatt-hour', dimension: 'energy', factor: 3.6e12, ucum: 'GW.h', symbols: ['GWh'], words: ['gigawatt-hour', 'gigawatt hour'], family: 'energy', familyUnit: 'TWh' },
  { code: 'TWh', name: 'terawatt-hour', dimension: 'energy', factor: 3.6e15, ucum: 'TW.h', symbols: ['TWh'], words: ['terawatt-hour', 'terawatt hour'], family: 'energy', familyUnit: 'TWh' },
  { code: 'toe', name: 'tonne of oil equivalent', dimension: 'energy', factor: 41.868e9, ucum: null, symbols: ['toe'], words: ['tonne of oil equivalent', 'ton of oil equivalent'], scaled: [['Mtoe', 1e6, 'symbol'], ['ktoe', 1e3, 'symbol'], ['Gtoe', 1e9, 'symbol']], family: 'energy', familyUnit: 'TWh' },

  // Power (comparisons in GW)
  { code: 'W', name: 'watt', dimension: 'power', factor: 1, ucum: 'W', symbols: ['W'], words: ['watt'], family: 'power', familyUnit: 'GW' },
  { code: 'kW', name: 'kilowatt', dimension: 'power', factor: 1e3, ucum: 'kW', symbols: ['kW'], words: ['kilowatt'], family: 'power', familyUnit: 'GW' },
  { code: 'MW', name: 'megawatt', dimension: 'power', factor: 1e6, ucum: 'MW', symbols: ['MW', 'MWe'], words: ['megawatt'], family: 'power', familyUnit: 'GW' },
  { code: 'GW', name: 'gigawatt', dimension: 'power', factor: 1e9, ucum: 'GW', symbols: ['GW', 'GWe'], words: ['gigawatt'], family: 'power', familyUnit: 'GW' },
  { code: 'TW', name: 'terawatt', dimension: 'power', factor: 1e12, ucum: 'TW', symbols: ['TW'], words: ['terawatt'], family: 'power', familyUnit: 'GW' },
  { code: 'hp', name: 'horsepower', dimension: 'power', factor: 745.69987158227022, ucum: '[HP]', symbols: ['hp', 'bhp'], words: ['horsepower'], family: 'power', familyUnit: 'GW' },

  // Speed (comparisons in km/h)
  { code: 'km/h', name: 'kilometre per hour', dimension: 'speed', factor: 1 / 3.6, ucum: 'km/h', symbols: ['km/h', 'kmh', 'kph', 'km/hr', 'kmph'], words: ['kilometre per hour', 'kilometer per hour', 'kilometre an hour', 'kilometer an hour'], family: 'speed', familyUnit: 'km/h' },
  { code: 'mph', name: 'mile per hour', dimension: 'speed', factor: 0.44704, ucum: '[mi_i]/h', symbols: ['mph', 'mi/h'], words: ['mile per hour', 'mile an hour'], family: 'speed', familyUnit: 'km/h' },
  { code: 'm/s', name: 'metre per second', dimension: 'speed', factor: 1, ucum: 'm/s', symbols: ['m/s'], words: ['metre per second', 'meter per second'], family: 'speed', familyUnit: 'km/h' },
  { code: 'kn', name: 'knot', dimension: 'speed', factor: 1852 / 3600, ucum: '[kn_i]', symbols: ['kn', 'kts'], words: ['knot'], family: 'speed', familyUnit: 'km/h' },

  // Data (comparisons in GB; decimal prefixes are powers of 1000, binary ones of 1024)
  { code: 'bit', name: 'bit', dimension: 'data', factor: 0.125, ucum: 'bit', symbols: [], words: ['bit'], family: 'data', familyUnit: 'GB' },
  { code: 'Mbit', name: 'megabit', dimension: 'data', factor: 125000, ucum: 'Mbit', symbols: ['Mb', 'Mbit'], words: ['megabit'], family: 'data', familyUnit: 'GB' },
  { code: 'Gbit', name: 'gigabit', dimension: 'data', factor: 1.25e8, ucum: 'Gbit', symbols: ['Gb', 'Gbit'], words: ['gigabit'], family: 'data', familyUnit: 'GB' },
  { code: 'B', name: 'byte', dimension: 'data', factor: 1, ucum: 'By', symbols: [], words: ['byte'], family: 'data', familyUnit: 'GB' },
  { code: 'kB', name: 'kilobyte', dimension: 'data', factor: 1e3, ucum: 'kBy', symbols: ['kB', 'KB'], words: ['kilobyte'], family: 'data', familyUnit: 'GB' },
  { code: 'MB', name: 'megabyte', dimension: 'data', factor: 1e6, ucum: 'MBy', symbols: ['MB'], words: ['megabyte'], family: 'data', familyUnit: 'GB' },
  { code: 'GB', name: 'gigabyte', dimension: 'data', factor: 1e9, ucum: 'GBy', symbols: ['GB'], words: ['gigabyte', 'gig'], family: 'data', familyUnit: 'GB' },
  { code: 'TB', name: 'terabyte', dimension: 'data', factor: 1e12, ucum: 'TBy', symbols: ['TB'], words: ['terabyte'], family: 'data', familyUnit: 'GB' },
  { code: 'PB', name: 'petabyte', dimension: 'data', factor: 1e15, ucum: 'PBy', symbols: ['PB'], words: ['petabyte'], family: 'data', familyUnit: 'GB' },
  { code: 'EB', name: 'exabyte', dimension: 'data', factor: 1e18, ucum: 'EBy', symbols: ['EB'], words: ['exabyte'], family: 'data', familyUnit: 'GB' },
  { code: 'KiB', name: 'kibibyte', dimension: 'data', factor: 1024, ucum: 'KiBy', symbols: ['KiB'], words: ['kibibyte'], family: 'data', familyUnit: 'GB' },
  { code: 'MiB', name: 'mebibyte', dimension: 'data', factor: 1048576, ucum: 'MiBy', symbols: ['MiB'], words: ['mebibyte'], family: 'data', familyUnit: 'GB' },
  { code: 'GiB', name: 'gibibyte', dimension: 'data', factor: 1073741824, ucum: 'GiBy', symbols: ['GiB'], words: ['gibibyte'], family: 'data', familyUnit: 'GB' },

  // Temperature (affine: each compares only with itself)
  { code: '°C', name: 'degree Celsius', dimension: 'temperature', factor: 1, offset: 273.15, ucum: 'Cel', symbols: ['°C', 'ºC', '℃', '° C', 'C'], words: ['degree Celsius', 'degree C', 'degree centigrade', 'Celsius', 'centigrade'] },
  { code: '°F', name: 'degree Fahrenheit', dimension: 'temperature', factor: 5 / 9, offset: 459.67 * (5 / 9), ucum: '[degF]', symbols: ['°F', 'ºF', '℉', '° F', 'F'], words: ['degree Fahrenheit', 'degree F', 'Fahrenheit'] },
  { code: 'K', name: 'kelvin', dimension: 'temperature', factor: 1, ucum: 'K', symbols: [], words: ['kelvin'] },

  // Frequency (comparisons in Hz)
  { code: 'Hz', name: 'hertz', dimension: 'frequency', factor: 1, ucum: 'Hz', symbols: ['Hz'], words: ['hertz'], family: 'frequency', familyUnit: 'Hz' },
  { code: 'kHz', name: 'kilohertz', dimension: 'frequency', factor: 1e3, ucum: 'kHz', symbols: ['kHz'], words: ['kilohertz'], family: 'frequency', familyUnit: 'Hz' },
  { code: 'MHz', name: 'megahertz', dimension: 'frequency', factor: 1e6, ucum: 'MHz', symbols: ['MHz'], words: ['megahertz'], family: 'frequency', familyUnit: 'Hz' },
  { code: 'GHz', name: 'gigahertz', dimension: 'frequency', factor: 1e9, ucum: 'GHz', symbols: ['GHz'], words: ['gigahertz'], family: 'frequency', familyUnit: 'Hz' },
];

/** Words that are never units on their own, however a symbol folds ("in", "am", "pm"). */
export const NOT_CASE_FOLDED = new Set(['pc', 'in', 'in.', 'am', 'pm', 'ha', 'cc', 'cf', 'kt', 'kn', 'gr', 'pp', 'ppt', 'gal', 'gig', 'toe', 'mos', 'cl', 'ml']);

/** Words that are also adjectives ("a gross margin"): units only where no noun follows. */
export const ADJECTIVE_WORDS = new Set(['gross']);

/** One-letter symbols read only when glued to the number ("40C", "85p"): spaced, they are letters. */
export const GLUED_ONLY = new Set(['C', 'F', 'p', 'Ma', 'Ga', 'ka']);

/** Words that never take an automatic plural (already plural, or uncountable). */
export const NO_PLURAL = new Set(['gross', 'feet', 'times', 'occasions', 'celsius', 'centigrade', 'fahrenheit', 'hertz', 'kilohertz', 'megahertz', 'gigahertz', 'horsepower', 'percent', 'per cent', 'per-cent', 'pct', 'centuries', 'square feet', 'cubic feet', 'percentage']);

/**
 * One sentence per unit that states a figure in it: the registry refuses to load a unit
 * without one, and a test extracts every sentence back to its unit.
 */
export const EXAMPLES: Record<string, string> = {
  percent: 'Turnout was 61.2% this time.',
  percentage_point: 'The gap narrowed by 1.5 percentage points.',
  bp: 'The bank cut rates by 25 basis points.',
  count: 'The envoys met on 14 occasions.',
  rank: 'It is the third-largest economy.',
  km: 'The pipeline runs 3,000 km east.',
  m: 'The tower stands 330 metres tall.',
  dm: 'Each tile measures 3 decimetres.',
  cm: 'Snow lay 40 cm deep.',
  mm: 'The storm dropped 120mm of rain.',
  um: 'The filter stops grains of 10 microns.',
  nm: 'The chip uses a 3 nm process.',
  pm: 'The bond is 74 picometres long.',
  mi: 'The border stretches 1,200 miles.',
  nmi: 'The ship was 12 nautical miles offshore.',
  yd: 'He ran for 85 yards.',
  ft: 'The wall rises 30 feet.',
  in: 'The panel is 2 inches thick.',
  km2: 'The fire burned 1,400 square kilometres.',
  m2: 'The flat has 54 square metres.',
  cm2: 'The sensor covers 6 square centimetres.',
  ha: 'The estate spans 250 hectares.',
  acre: 'The ranch covers 3,500 acres.',
  mi2: 'The park covers 800 square miles.',
  ft2: 'The store has 40,000 sq ft of floor space.',
  m3: 'The reservoir holds 2 million cubic metres.',
  km3: 'The glacier lost 12 cubic kilometres of ice.',
  cm3: 'The engine displaces 1,600 cc.',
  L: 'Each tank holds 500 litres.',
  mL: 'Take 5 ml twice a day.',
  cL: 'The bottle holds 75 cl.',
  gal: 'The pool needs 20,000 gallons.',
  floz: 'The can holds 12 fl oz.',
  cup: 'Stir in 2 cups of flour.',
  tbsp: 'Add 3 tbsp of oil.',
  tsp: 'Add 1 tsp of salt.',
  pt: 'He drank 2 pints.',
  bbl: 'Output rose to 1.2 million barrels.',
  ft3: 'The field holds 9 trillion cubic feet of gas.',
  t: 'The mill produced 80,000 tonnes of steel.',
  kg: 'The parcel weighs 12 kg.',
  g: 'Each bar has 30 grams of sugar.',
  mg: 'Each pill contains 200mg of caffeine.',
  ug: 'The daily dose is 50 micrograms.',
  lb: 'The baby weighed 7 lbs at birth.',
  oz: 'The coin weighs 1 oz.',
  year: 'The mine will run for 25 years.',
  month: 'The strike lasted 9 months.',
  kyr: 'The ice core spans 800 kyr.',
  Myr: 'The rocks are 250 Myr old.',
  Gyr: 'The crust is 4.4 gigayears old.',
  gross: 'The shop ordered a gross of pencils.',
  bakers_dozen: "The baker sold a baker's dozen.",
  week: 'The trial took 6 weeks.',
  day: 'The visit lasted 3 days.',
  hour: 'The outage lasted 14 hours.',
  min: 'The speech ran 45 minutes.',
  s: 'The quake lasted 40 seconds.',
  J: 'The laser fired 2 million joules.',
  eV: 'The collider reached 13.6 TeV.',
  Wh: 'The pack stores 500 Wh.',
  kWh: 'A home uses 2,700 kWh a year.',
  MWh: 'The battery holds 300 MWh.',
  GWh: 'The dam generated 800 GWh.',
  TWh: 'Wind supplied 82 TWh last year.',
  toe: 'Demand reached 14 Mtoe in the first half.',
  W: 'The panel is rated at 400 W.',
  kW: 'The charger delivers 350 kW.',
  MW: 'The farm has 1,200 MW of turbines.',
  GW: 'China added 217 GW of solar.',
  TW: 'Global capacity passed 1.4 TW.',
  hp: 'The engine makes 500 hp.',
  'km/h': 'Winds reached 180 km/h.',
  mph: 'The car hit 200mph on the track.',
  'm/s': 'Gusts reached 45 m/s.',
  kn: 'The ship sails at 22 knots.',
  bit: 'Each key has 256 bits.',
  Mbit: 'The update weighs 300 Mb.',
  Gbit: 'Fibre reaches 10 gigabits.',
  B: 'The file is 512 bytes.',
  kB: 'The page weighs 300 kB.',
  MB: 'The app needs 150 MB.',
  GB: 'The phone has 256GB of storage.',
  TB: 'The drive holds 4 TB.',
  PB: 'The archive holds 12 petabytes.',
  EB: 'Traffic reached 3 exabytes a month.',
  KiB: 'The buffer is 64 KiB.',
  MiB: 'The cache is 32 MiB.',
  GiB: 'The server has 512 GiB of memory.',
  '°C': 'The temperature reached 41.2C on Monday.',
  '°F': 'Phoenix hit 118 degrees Fahrenheit.',
  K: 'The magnet is cooled to 4 kelvin.',
  Hz: 'The grid runs at 50 Hz.',
  kHz: 'The station broadcasts at 909 kHz.',
  MHz: 'The band sits at 700 MHz.',
  GHz: 'The chip runs at 3.2 GHz.',
};

// ---------------------------------------------------------------------------------------------
// SI prefixes, generated for the SI units rather than typed one by one. A prefixed unit the
// table above already defines (km, mg, GW, kJ as a multiple of J …) keeps its own entry.

const SI_PREFIXES: Array<[symbol: string, word: string, exponent: number]> = [
  ['a', 'atto', -18], ['f', 'femto', -15], ['p', 'pico', -12], ['n', 'nano', -9], ['µ', 'micro', -6], ['m', 'milli', -3],
  ['k', 'kilo', 3], ['M', 'mega', 6], ['G', 'giga', 9], ['T', 'tera', 12], ['P', 'peta', 15], ['E', 'exa', 18],
];

/** The SI units that take prefixes, each with the unit its prefixed forms are a multiple of. */
const SI_BASES: Array<{ symbol: string; words: string[]; code: string; ucum: string; family?: string; familyUnit?: string; example: string }> = [
  { symbol: 'm', words: ['metre', 'meter'], code: 'm', ucum: 'm', family: 'length', familyUnit: 'km', example: 'The gap measures 4.5 {form}.' },
  { symbol: 'g', words: ['gram', 'gramme'], code: 'g', ucum: 'g', family: 'mass', familyUnit: 't', example: 'The sample weighs 8 {form}.' },
  { symbol: 's', words: ['second'], code: 's', ucum: 's', family: 'duration-days', familyUnit: 'day', example: 'The pulse lasts 6 {form}.' },
  { symbol: 'W', words: ['watt'], code: 'W', ucum: 'W', family: 'power', familyUnit: 'GW', example: 'The source emits 3 {form}.' },
  { symbol: 'Hz', words: ['hertz'], code: 'Hz', ucum: 'Hz', family: 'frequency', familyUnit: 'Hz', example: 'The signal is at 7 {form}.' },
  { symbol: 'J', words: ['joule'], code: 'J', ucum: 'J', family: 'energy', familyUnit: 'TWh', example: 'The pulse carries 5 {form}.' },
];

/**
 * Generated symbols that are also common words or names after a number ("5 as", "FM"): only
 * the spelled-out form is read. The other generated symbols are matched as written, never in
 * another case ("101.5 FM" is a radio station, not femtometres).
 */
const SI_SYMBOL_CLASHES = new Set(['as', 'Ms', 'Ps', 'Es', 'Ts', 'Gs', 'ks', 'Pm', 'Em', 'Tm', 'Mm', 'Gm', 'km', 'fs', 'ps', 'aW', 'Pg', 'Eg', 'ag', 'Mg']);

function generateSiUnits(): void {
  const codes = new Set(PHYSICAL_UNITS.map((u) => u.code));
  const taken = new Set(PHYSICAL_UNITS.flatMap((u) => [...(u.symbols ?? []), ...(u.scaled ?? []).map(([f]) => f)]));
  const spelled = new Set(PHYSICAL_UNITS.flatMap((u) => [...(u.words ?? []), ...(u.scaled ?? []).map(([f]) => f)]).map((w) => w.toLowerCase()));
  for (const b of SI_BASES) {
    const base = PHYSICAL_UNITS.find((u) => u.code === b.code)!;
    for (const [ps, pw, exp] of SI_PREFIXES) {
      const symbol = `${ps}${b.symbol}`;
      const code = ps === 'µ' ? `u${b.symbol}` : symbol;
      if (codes.has(code) || taken.has(symbol)) continue;
      const words = b.words.map((w) => `${pw}${w}`).filter((w) => !spelled.has(w));
      if (!words.length) continue;
      const symbols = SI_SYMBOL_CLASHES.has(symbol) ? [] : ps === 'µ' ? [symbol, `μ${b.symbol}`] : [symbol];
      PHYSICAL_UNITS.push({
        code,
        name: words[0]!,
        dimension: base.dimension,
        factor: Number(`${base.factor}e${exp}`),
        ucum: ps === 'µ' ? `u${b.ucum}` : `${ps}${b.ucum}`,
        symbols,
        words,
        family: b.family,
        familyUnit: b.familyUnit,
      });
      for (const s of symbols) NOT_CASE_FOLDED.add(s.toLowerCase());
      if (b.words.includes('hertz')) for (const w of words) NO_PLURAL.add(w);
      EXAMPLES[code] = b.example.replace('{form}', symbols[0] ?? `${words[0]}s`.replace(/hertzs$/, 'hertz'));
      codes.add(code);
    }
  }
}
generateSiUnits();
