/** A parameter's value and unit as `Words` values (apart from `words.ts`, which browser code imports and must stay free of the schemas). */

import { WEEKDAYS } from '../schemas/obligation.ts';
import type { ParameterUnit } from '../schemas/parameter.ts';
import { say, type WordValue } from './words.ts';
/**
 * A parameter's value and unit as words: a weekday named in the page's language (the content
 * writes `tuesday`), the unit from the dictionary.
 */
export function parameterWords(data: { value: string | number; unit: ParameterUnit }): {
  value: WordValue;
  unit: WordValue;
} {
  const weekday = data.unit === 'weekday' ? (WEEKDAYS as readonly string[]).indexOf(String(data.value)) : -1;
  return { value: weekday >= 0 ? { weekday } : String(data.value), unit: say(`parameter.unit.${data.unit}`) };
}
