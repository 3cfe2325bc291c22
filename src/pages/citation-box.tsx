import type { FormattedCitation } from '../cite/types.js';

export interface SourceCitation {
  sourceId: string;
  label: string;
  formatted: FormattedCitation;
  bibtex: string;
}

/**
 * Each citation is visible text, so it can be selected and copied without JavaScript; the copy
 * buttons stay hidden until /assets/explorer.js shows them.
 */
export function CitationBox({ citation }: { citation: SourceCitation }) {
  const base = `cite-${citation.sourceId}`;
  const styles: Array<[string, string, string]> = [
    ['APA', `${base}-apa`, citation.formatted.apa],
    ['MLA', `${base}-mla`, citation.formatted.mla],
    ['Chicago', `${base}-chicago`, citation.formatted.chicago],
  ];
  return (
    <section class="citation" aria-labelledby={`${base}-h`}>
      <h3 id={`${base}-h`}>{citation.label}</h3>
      <dl>
        {styles.map(([name, id, text]) => (
          <div class="citation-style">
            <dt>{name}</dt>
            <dd>
              <span id={id}>{text}</span>{' '}
              <button type="button" class="copy" data-copy={id} hidden>
                {`Copy ${name}`}
              </button>
            </dd>
          </div>
        ))}
        <div class="citation-style">
          <dt>BibTeX</dt>
          <dd>
            <pre id={`${base}-bibtex`} tabIndex={0}>
              {citation.bibtex.trimEnd()}
            </pre>
            <button type="button" class="copy" data-copy={`${base}-bibtex`} hidden>
              Copy BibTeX
            </button>
          </dd>
        </div>
      </dl>
    </section>
  );
}
