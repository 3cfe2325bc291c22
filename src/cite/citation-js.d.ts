// @citation-js ships no type declarations; these cover only what src/cite and its tests use.
declare module '@citation-js/core' {
  interface Register<T> {
    has(name: string): boolean;
    get(name: string): T;
    add(name: string, value: T): void;
  }

  interface CslPluginConfig {
    styles: Register<string>;
    locales: Register<string>;
  }

  interface BibtexPluginConfig {
    format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean };
  }

  export const plugins: {
    config: { get(plugin: '@csl'): CslPluginConfig; get(plugin: '@bibtex'): BibtexPluginConfig };
    output: { format(format: string, data: object[], options?: Record<string, unknown>): unknown };
  };

  export class Cite {
    constructor(data: unknown);
    data: Array<Record<string, unknown>>;
  }
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
