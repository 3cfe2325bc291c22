import type { ComponentChildren } from 'preact';

export interface LayoutProps {
  title: string;
  /** The search box keeps what was searched for. */
  query?: string | undefined;
  children: ComponentChildren;
}

export function Layout({ title, query, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Provenance explorer`}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/explorer.css" />
        <script src="/assets/explorer.js" defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            Provenance explorer
          </a>
          <nav aria-label="Main">
            <ul>
              <li>
                <a href="/conflicts">Conflicts</a>
              </li>
              <li>
                <a href="/sources">Sources</a>
              </li>
              <li>
                <a href="/metrics">Metrics</a>
              </li>
              <li>
                <a href="/docs">API</a>
              </li>
            </ul>
          </nav>
          <form class="site-search" role="search" aria-label="Site" action="/search" method="get">
            <label for="site-q">Search claims</label>
            <input id="site-q" name="q" type="search" maxLength={200} value={query ?? ''} />
            <button type="submit">Search</button>
          </form>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>
            Every figure links to the exact words it comes from. The same data is served as JSON under <a href="/docs">/v1</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}
