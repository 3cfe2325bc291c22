import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import { registerCslStyles } from './csl-styles.js';
import type { CslItem } from './types.js';

/** The part of citeproc-js's engine this module drives. */
interface CiteprocEngine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): string[];
  makeBibliography(): [unknown, string[]] | false;
  opt: { development_extensions: { wrap_url_and_doi: boolean } };
}
type CiteprocModule = { Engine: new (sys: object, style: string, lang: string, forceLang: boolean) => CiteprocEngine };

/**
 * The style with only what a one-entry bibliography reads. citeproc renders every item it is
 * given in the style's citation layout (to find ambiguous cites, then to disambiguate them) and
 * in its bibliography sort keys before it renders the bibliography entry itself — about half
 * of its work and all of it wasted on a bibliography of one item: nothing is ambiguous with
 * nothing, and one entry has one order. So the citation is replaced by a one-variable layout with
 * no disambiguation options, and the bibliography's sort is dropped. The bibliography layout,
 * its options, the macros and the locale are untouched, so every entry reads as it would with
 * the full style (test/cite/bibliography-engine.test.ts compares the two on varied metadata).
 */
export function bibliographyOnly(styleXml: string): string {
  const citation = /<citation\b[^>]*?(?:\/>|>[\s\S]*?<\/citation>)/;
  const bibliography = /<bibliography\b[\s\S]*?<\/bibliography>/;
  if (!citation.test(styleXml) || !bibliography.test(styleXml)) throw new Error('CSL style without a citation and a bibliography');
  return styleXml
    .replace(citation, '<citation><layout><text variable="title"/></layout></citation>')
    .replace(bibliography, (element) => element.replace(/<sort>[\s\S]*?<\/sort>/, ''));
}

/**
 * One citeproc engine per style, kept for the life of the process and given one item per call:
 * the bibliography entry of a single source, in plain text, as citation-js's `bibliography`
 * output (which these engines replace) printed it.
 */
export class BibliographyEngine {
  private readonly engine: CiteprocEngine;
  /** What the engine's retrieveItem answers from: the item of the current call only. */
  private current: { id: string; item: object } | undefined;

  constructor(styleName: string, lang = 'en-US') {
    registerCslStyles();
    const csl = plugins.config.get('@csl');
    const styleXml = csl.styles.get(styleName);
    if (!styleXml) throw new TypeError(`Cannot find style '${styleName}'`);
    const citeproc = createRequire(import.meta.url)('citeproc') as CiteprocModule;
    const locales = csl.locales;
    this.engine = new citeproc.Engine(
      {
        // As citation-js looks locales up: the tag as given, then with an underscore, else none.
        retrieveLocale: (locale: string) => {
          if (locales.has(locale)) return locales.get(locale);
          const underscored = locale.replace('-', '_');
          return locales.has(underscored) ? locales.get(underscored) : {};
        },
        retrieveItem: (id: string) => {
          if (this.current?.id !== id) throw new Error(`Cannot find entry with id '${id}'`);
          return this.current.item;
        },
      },
      bibliographyOnly(styleXml),
      locales.has(lang) ? lang : (undefined as unknown as string),
      true,
    );
    this.engine.setOutputFormat('text');
    this.engine.opt.development_extensions.wrap_url_and_doi = false;
  }

  /** The entry for `item`, which citeproc knows by `key` (see format.ts for why not by its id). */
  entry(item: CslItem, key: string): string {
    this.current = { id: key, item: { ...item, id: key } };
    try {
      this.engine.updateItems([key]);
      const bibliography = this.engine.makeBibliography();
      const entries = bibliography ? bibliography[1] : [];
      // citation-js marked an entry that starts like an HTML tag with its id (meant for its HTML
      // output, done for text as well); stored references carry that mark, so it is kept.
      return entries.map((entry) => entry.replace(/^\s*<[a-z]+/i, `$& data-csl-entry-id="${key}"`)).join('');
    } finally {
      // The engine keeps a registered item by id and would not read it again: leave it empty,
      // so that the next call (the same id with other metadata, say) starts as the first did.
      this.engine.updateItems([]);
      this.current = undefined;
    }
  }
}
