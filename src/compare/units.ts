/**
 * Which units may be compared, and how to bring them to one unit.
 *
 * Only conversions that are exact by definition are listed (1 mi = 1.609344 km since 1959,
 * 1 ft = 0.3048 m, 1 week = 7 days). Currencies are never converted: an exchange rate is a
 * claim of its own, so USD and CNY figures are different propositions. Units that are not
 * listed compare only with themselves.
 */
interface UnitRule {
  family: string;
  /** The unit every member of the family is converted to. */
  groupUnit: string;
  /** How many group units one of this unit is. */
  factor: number;
}

const rules: ReadonlyMap<string, UnitRule> = new Map([
  ['km', { family: 'length', groupUnit: 'km', factor: 1 }],
  ['m', { family: 'length', groupUnit: 'km', factor: 0.001 }],
  ['mi', { family: 'length', groupUnit: 'km', factor: 1.609344 }],
  ['m3', { family: 'volume', groupUnit: 'm3', factor: 1 }],
  ['m³', { family: 'volume', groupUnit: 'm3', factor: 1 }],
  ['m^3', { family: 'volume', groupUnit: 'm3', factor: 1 }],
  ['ft3', { family: 'volume', groupUnit: 'm3', factor: 0.3048 ** 3 }],
  ['day', { family: 'duration-days', groupUnit: 'day', factor: 1 }],
  ['week', { family: 'duration-days', groupUnit: 'day', factor: 7 }],
  ['hour', { family: 'duration-days', groupUnit: 'day', factor: 1 / 24 }],
  ['percent', { family: 'percent', groupUnit: 'percent', factor: 1 }],
  ['%', { family: 'percent', groupUnit: 'percent', factor: 1 }],
]);

function ruleFor(unit: string): UnitRule {
  return rules.get(unit) ?? { family: `unit:${unit}`, groupUnit: unit, factor: 1 };
}

/** Two units are comparable exactly when their families are equal. */
export function unitFamily(unit: string): string {
  return ruleFor(unit).family;
}

export function groupUnitOf(unit: string): string {
  return ruleFor(unit).groupUnit;
}

export function toGroupUnit(value: number, unit: string): { value: number; unit: string } {
  const rule = ruleFor(unit);
  return { value: rule.factor === 1 ? value : value * rule.factor, unit: rule.groupUnit };
}

export function toGroupUnitOrNull(value: number | null, unit: string): number | null {
  return value === null ? null : toGroupUnit(value, unit).value;
}
