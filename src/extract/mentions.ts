import { entities, entityForms, type MentionForm } from '../lexicon/entities.js';
import { facetForms, measureForms, type Facet, type Measure } from '../lexicon/measures.js';

/** Where lexicon entries are named in one sentence; offsets are UTF-16 indices into it. */
export interface EntityMention {
  start: number;
  end: number;
  id: string;
  form: MentionForm;
  /** "China's", "Russia’s": the entity owns what follows. */
  possessive: boolean;
}

export interface MeasureMention {
  start: number;
  end: number;
  candidates: Measure[];
}

export interface FacetMention {
  start: number;
  end: number;
  facet: Facet;
}

export interface SentenceMentions {
  entities: EntityMention[];
  measures: MeasureMention[];
  facets: FacetMention[];
}

// Words that spell an entity name but, in these positions, are not about it ("the Asian Development Bank" is no region's figure).
const NOT_AN_ENTITY_AFTER = /^\s+(?:Development Bank|Infrastructure Investment Bank|Football|Games|Cup|Monetary Fund)\b/;

export function findMentions(sentence: string): SentenceMentions {
  const entityMentions: EntityMention[] = [];
  for (const m of entityForms.find(sentence)) {
    if (NOT_AN_ENTITY_AFTER.test(sentence.slice(m.end))) continue;
    // A combining form only counts when glued to another name by a hyphen ("Sino-Russian").
    if (m.value.form === 'prefix' && !/^[-–]\p{Lu}/u.test(sentence.slice(m.end, m.end + 2))) continue;
    const possessive = /^['’]s?\b/.test(sentence.slice(m.end, m.end + 2));
    entityMentions.push({ start: m.start, end: m.end, id: m.value.id, form: m.value.form, possessive });
  }
  return {
    entities: entityMentions,
    measures: measureForms.find(sentence).map((m) => ({ start: m.start, end: m.end, candidates: m.value })),
    facets: facetForms.find(sentence).map((m) => ({ start: m.start, end: m.end, facet: m.value })),
  };
}

/** An agency or company stands for the country it reports on when no country is named. */
export function subjectOf(id: string): string {
  return entities.get(id)?.jurisdiction ?? id;
}

export function isSubjectEntity(id: string): boolean {
  const kind = entities.get(id)?.kind;
  return kind === 'country' || kind === 'region' || kind === 'bloc' || kind === 'asset' || kind === 'company';
}
