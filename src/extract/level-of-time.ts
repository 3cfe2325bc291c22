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

/**
 * A verb or adverb of a move right before a figure ("rose 10 cents", "fell $2 billion", "down by around 900,000 b/d"); not
 * "added", which many measures count by. Read for a sum's statistic type (proposition.ts) and for a move set from a year
 * (periods.ts).
 */
export const MOVED_BY =
  /\b(?:rose|rise[sn]?|increased?|decreased?|grew|gained?|jump(?:ed|s)?|climb(?:ed|s)?|surged?|soar(?:ed|s)?|fell|fall(?:s|en)?|drop(?:ped|s)?|declined?|slipped|slid|plunged?|shr(?:ank|unk)|dipped|up|down)\s+(?:by\s+)?(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+)?$/i;
