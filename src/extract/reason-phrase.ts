/**
 * Words that open a phrase of cause or circumstance ("following the upheaval wrought by Russia's war", "amid falling
 * service prices", "on the back of", "in the wake of", "on anticipation that interest rates could ease"): what such a phrase names is why a figure moved, never whose
 * figure it is nor what it measures.
 */
export const REASON =
  /\b(?:following|amid(?:st)?|after|due\s+to|because\s+of|caused\s+by|wrought\s+by|triggered\s+by|sparked\s+by|as\s+a\s+result\s+of|in\s+the\s+wake\s+of|owing\s+to|on\s+the\s+back\s+of|in\s+response\s+to|hit\s+by|bet(?:s|ting)?\s+(?:on|that)|on\s+(?:the\s+)?(?:anticipation|expectations?|hopes?|bets?|fears?|speculation|optimism|concerns?|worries)\s+(?:that|of|for|on|about))\b/i;

/**
 * The same, with the participles that name a cause only when a thing follows them ("reflecting challenges in global demand and
 * trade dynamics", "driven by aggressive trade-in offers"): a measure named after them is not what the figure measures. (A
 * party after "driven by" may still own a figure of its own clause — "driven by China, whose capacity increased by 63 %" — so
 * these do not keep parties out.)
 */
export const CAUSE_OF_A_MOVE = new RegExp(
  String.raw`${REASON.source}|\b(?:reflecting|highlighting|driven\s+by|fu?elled\s+by|spurred\s+by|weighed\s+(?:down\s+)?by|dragged\s+(?:down\s+)?by)\b`,
  'i',
);
