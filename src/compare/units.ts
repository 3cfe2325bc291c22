/**
 * Which units may be compared, and how to bring them to one unit: read from the unit registry
 * (src/lexicon/units.ts), where each unit has its family and conversion factor.
 *
 * Only conversions that are exact by definition are registered (1 mi = 1.609344 km since 1959,
 * 1 ft = 0.3048 m, 1 week = 7 days, 1 GW = 1000 MW). Currencies are never converted: an
 * exchange rate is a claim of its own, so USD and CNY figures are different propositions.
 * Calendar years and months, temperatures and units the registry does not know compare only
 * with themselves.
 */
import { familyOf, toFamilyUnit, unitByCode } from '../lexicon/units.js';

/** Spellings of units stored before the registry settled on one code per unit. */
const ALIASES: Record<string, string> = { 'm³': 'm3', 'm^3': 'm3', '%': 'percent' };
const canonical = (unit: string) => ALIASES[unit] ?? unit;

/** Two units are comparable exactly when their families are equal. */
export function unitFamily(unit: string): string {
  return familyOf(canonical(unit));
}

export function groupUnitOf(unit: string): string {
  const code = canonical(unit);
  return unitByCode(code)?.familyUnit ?? code;
}

export function toGroupUnit(value: number, unit: string): { value: number; unit: string } {
  return toFamilyUnit(value, canonical(unit));
}

export function toGroupUnitOrNull(value: number | null, unit: string): number | null {
  return value === null ? null : toGroupUnit(value, unit).value;
}
