import type { SpecificResource } from './selectors.js';

/** A W3C Web Annotation (JSON-LD, http://www.w3.org/ns/anno.jsonld) describing one claim. */
export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created: string;
  generator: { id: string; type: 'Software'; name: string };
  body: { type: 'TextualBody'; value: string; format: 'text/plain'; language: 'en'; purpose: 'describing' };
  target: SpecificResource;
}

export interface AnnotatedClaim {
  /** Absolute URL the annotation is served at; its id. */
  id: string;
  /** The claim's normalized statement (English, whatever the source's language). */
  statement: string;
  /** When the claim was extracted: the time its source was stored. */
  created: string;
  /** Where the claim's words are: its quote in the stored text. */
  target: SpecificResource;
  /** The API's base URL, naming the software that made the annotation. */
  generatorUrl: string;
}

/**
 * The claim as a Web Annotation: the target is the quoted span of its source (selectors
 * included), the body the statement the API read there, with the motivation `describing`.
 */
export function claimAnnotation(claim: AnnotatedClaim): WebAnnotation {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: claim.id,
    type: 'Annotation',
    motivation: 'describing',
    created: claim.created,
    generator: { id: claim.generatorUrl, type: 'Software', name: 'Provenance API' },
    body: { type: 'TextualBody', value: claim.statement, format: 'text/plain', language: 'en', purpose: 'describing' },
    target: claim.target,
  };
}
