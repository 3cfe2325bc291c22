/**
 * "1.2 % below their pre-pandemic level in February 2020", "above the peak of 2021": the words that set a
 * figure against the level of a named time, up to that time. The time is the figure's comparison
 * (basis.ts), never its own period (periods.ts).
 */
export const LEVEL_LEAD = String.raw`(?:above|below|under|beneath|short\s+of)\s+(?:the|its|their)\s+(?:[^\s.;,]+\s+){0,4}?(?:levels?|peaks?|highs?|lows?|averages?)\s+(?:in|of|seen\s+in|recorded\s+in)\s+`;

/**
 * The nouns of a change ("an increase of 12 %", "a 4.4 % jump"), which set it over a named year ("a 126 percent increase
 * over 2022": the year is the comparison where a later time is the figure's) or show the change of a level before it.
 */
export const CHANGE_NOUNS = 'increase|rise|jump|gain|growth|decline|decrease|drop|fall|surge|climb|hike';
