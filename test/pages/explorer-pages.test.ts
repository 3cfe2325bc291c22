import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpCitationStyles } from '../../src/cite/index.js';
import { addShareNote, createTestApp, type TestApp } from '../helpers.js';

interface ApiClaim {
  id: string;
  sourceId: string;
  passageId: string;
  quote: { exact: string; start: number; end: number };
  period: { start: string | null; end: string | null; label: string } | null;
}
interface ApiConflict {
  id: string;
  metric: string;
  period: { label: string };
  explanation: string;
  claims: Array<{ claimId: string; sourceId: string; value: number }>;
}

let t: TestApp;
let trade: ApiConflict;
let share: ApiConflict;

async function page(url: string, status = 200): Promise<CheerioAPI> {
  // As a browser asks for it.
  const res = await t.app.inject({ url, headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(status);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  return load(res.body);
}

async function json<T>(url: string): Promise<T> {
  const res = await t.app.inject(url);
  expect(res.statusCode).toBe(200);
  return res.json() as T;
}

/** The full text as a reader sees it, one line per paragraph, without the claims' pop-ups. */
function fullText($: CheerioAPI): string[] {
  return $('.fulltext > p')
    .map((_, p) => {
      const copy = $(p).clone();
      copy.find('.tip').remove();
      return copy.text();
    })
    .get();
}

beforeAll(async () => {
  // citeproc compiles its styles on first use, seconds of blocked event loop that the overload
  // guard would answer with 503s; the server pays this before listening too.
  warmUpCitationStyles();
  t = await createTestApp({ seed: true });
  await addShareNote(t.store);
  const all = await json<{ data: ApiConflict[] }>('/v1/conflicts?status=all');
  trade = all.data.find((c) => c.metric === 'trade.china-russia.total' && c.period.label === '2024')!;
  share = all.data.find((c) => c.metric !== 'trade.china-russia.total')!;
  expect(trade).toBeDefined();
  expect(share).toBeDefined();
});
afterAll(() => t.close());

describe('GET /conflicts/:id', () => {
  it('draws every source of the 2024 trade conflict on one number line, Gill’s 237 billion as the outlier in shape and words', async () => {
    const $ = await page(`/conflicts/${trade.id}`);
    expect($('h1').text()).toContain('2024');
    const members = $('svg.number-line g.member');
    expect(members).toHaveLength(3);
    const outliers = $('svg.number-line g.member.outlier');
    expect(outliers).toHaveLength(1);
    expect(outliers.find('text').text()).toMatch(/237B.*outlier/);
    // Shape, not only colour: the outlier is a diamond path, the others circles.
    expect(outliers.find('path.marker')).toHaveLength(1);
    expect($('svg.number-line g.member:not(.outlier) circle.marker')).toHaveLength(2);
    expect($('svg.number-line .consensus-label').text()).toBe('consensus US$244.9B');
    expect($('svg.number-line').attr('role')).toBe('img');
    expect($('svg.number-line desc').text()).toContain('outlier');
  });

  it('quotes each source’s sentence with the figure marked and links into its full text', async () => {
    const $ = await page(`/conflicts/${trade.id}`);
    for (const member of trade.claims) {
      const claim = await json<ApiClaim>(`/v1/claims/${member.claimId}`);
      const statement = $(`article.statement:has(h3#say-${claim.id})`);
      expect(statement.find('mark.figure').text()).toBe(claim.quote.exact);
      expect(statement.find(`a[href="/sources/${claim.sourceId}#${claim.id}"]`)).toHaveLength(1);
    }
    expect($('p.explanation').text()).toBe(trade.explanation);
  });

  it('shows APA, MLA and Chicago as the citation API gives them, and BibTeX, each with a copy button', async () => {
    const $ = await page(`/conflicts/${trade.id}`);
    const gill = trade.claims.find((c) => c.value === 237e9)!;
    const cited = await json<{ citations: Array<{ stance: string; source: { id: string }; formatted: { apa: string; mla: string; chicago: string } }> }>(
      `/v1/claims/${gill.claimId}/citations`,
    );
    const bibtex = (await t.app.inject(`/v1/claims/${gill.claimId}/citations?format=bibtex`)).body;
    expect(cited.citations).toHaveLength(3);
    for (const c of cited.citations) {
      expect($(`#cite-${c.source.id}-apa`).text()).toBe(c.formatted.apa);
      expect($(`#cite-${c.source.id}-mla`).text()).toBe(c.formatted.mla);
      expect($(`#cite-${c.source.id}-chicago`).text()).toBe(c.formatted.chicago);
      expect(bibtex).toContain($(`#cite-${c.source.id}-bibtex`).text());
    }
    const buttons = $('button[data-copy]');
    expect(buttons).toHaveLength(12);
    // Hidden until the script shows them; each points at a citation on the page.
    buttons.each((_, b) => {
      expect($(b).attr('hidden')).toBeDefined();
      expect($(`#${$(b).attr('data-copy')}`)).toHaveLength(1);
    });
  });

  it('singles nobody out when the sources split evenly: the rule is the median, not a consensus', async () => {
    const $ = await page(`/conflicts/${share.id}`);
    expect($('svg.number-line g.member')).toHaveLength(share.claims.length);
    expect($('svg.number-line g.member.outlier')).toHaveLength(0);
    expect($('svg.number-line g.member.split')).toHaveLength(share.claims.length);
    expect($('svg.number-line .consensus-label').text()).toBe('median 38 % (no consensus)');
    expect($('figcaption').text()).not.toContain('outlier');
  });

  it('answers a program that does not ask for HTML with problem+json instead', async () => {
    const res = await t.app.inject('/conflicts/cfl_0000000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers an unknown conflict with a 404 page, not JSON', async () => {
    const $ = await page('/conflicts/cfl_0000000000000000', 404);
    expect($('h1').text()).toBe('Not found');
    expect($('main').text()).toContain("No conflict with id 'cfl_0000000000000000'");
  });
});

describe('every page', () => {
  const urls = () => [
    '/',
    '/conflicts',
    `/conflicts/${trade.id}`,
    '/sources',
    '/sources/gill-conditional-embrace',
    '/metrics',
    '/metrics/trade.china-russia.total',
    '/search?q=trade',
  ];

  it('has no inline script or event handler attribute, and is served under the CSP', async () => {
    for (const url of urls()) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      const $ = load(res.body);
      $('script').each((_, s) => expect($(s).attr('src'), url).toBe('/assets/explorer.js'));
      $('*').each((_, el) => {
        for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) expect(name, url).not.toMatch(/^on/);
      });
      expect($('html').attr('lang')).toBe('en');
      expect($('main#main')).toHaveLength(1);
    }
  });

  it('offers no form that writes: every form is a GET', async () => {
    for (const url of urls()) {
      const $ = await page(url);
      $('form').each((_, f) => expect(($(f).attr('method') ?? 'get').toLowerCase(), url).toBe('get'));
    }
  });

  it('is left out of the OpenAPI document', async () => {
    const doc = await json<{ paths: Record<string, unknown> }>('/openapi.json');
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/v1/') || p.startsWith('/health'))).toBe(true);
  });

  it('serves the stylesheet and script it links to', async () => {
    const css = await t.app.inject('/assets/explorer.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    const js = await t.app.inject('/assets/explorer.js');
    expect(js.statusCode).toBe(200);
    expect(js.body).toContain('data-copy');
  });
});

describe('GET /sources/:id', () => {
  it('marks every claim of the source in its full text under the claim’s id, with its conflicts linked', async () => {
    const claims = (await json<{ data: ApiClaim[] }>('/v1/claims?sourceId=gill-conditional-embrace&limit=500')).data;
    const $ = await page('/sources/gill-conditional-embrace');
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) {
      const el = $(`[id="${claim.id}"]`);
      expect(el, claim.id).toHaveLength(1);
      const mark = el.is('mark') ? el : el.closest('mark');
      expect(mark.find('a.claim-link').text(), claim.id).toContain(claim.quote.exact.slice(0, 3));
    }
    expect($('.fulltext mark.claim')).toHaveLength(new Set(claims.map((c) => c.quote.start)).size);
    const gill = trade.claims.find((c) => c.sourceId === 'gill-conditional-embrace')!;
    const mark = $(`mark#${gill.claimId}`);
    expect(mark.find('a.claim-link').text()).toBe('$237 billion');
    expect(mark.find(`.tip a[href="/conflicts/${trade.id}"]`)).toHaveLength(1);
    // Focus on the figure describes it with the structured claim.
    expect(mark.find('a.claim-link').attr('aria-describedby')).toBe(`tip-${gill.claimId}`);
    expect($(`#tip-${gill.claimId}`).text()).toContain('US$237B');
  });

  it('keeps the text intact: the page’s full text reads exactly as the stored text, line by line', async () => {
    const text = (await t.app.inject('/v1/sources/usip-putin-visit-china/text')).body;
    const $ = await page('/sources/usip-putin-visit-china');
    expect(fullText($)).toEqual(text.split('\n').filter((line) => line.trim()));
  });

  it('renders markup and script in a stored article as text', async () => {
    const key = 'page-test-key-0123456789abcdef';
    const app = await createTestApp({ config: { apiKeys: [key] } });
    try {
      const hostile = {
        title: 'Trade <script>alert("title")</script> & <i>more</i>',
        publisher: '<b>Press</b>',
        publishedAt: '2025-01',
        text: 'Exports <b>rose</b> to $12 billion in 2024.\n<script>alert("body")</script><img src=x onerror="alert(1)"> and "quotes" & ampersands.',
      };
      const created = await app.app.inject({ method: 'POST', url: '/v1/sources', headers: { authorization: `Bearer ${key}` }, payload: hostile });
      expect(created.statusCode).toBe(201);
      const { source, claims } = created.json() as { source: { id: string }; claims: ApiClaim[] };
      expect(claims.length).toBeGreaterThan(0);
      const res = await app.app.inject(`/sources/${source.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('<script>alert');
      expect(res.body).not.toContain('<img src=x');
      expect(res.body).not.toContain('<b>');
      const $ = load(res.body);
      expect($('script')).toHaveLength(1);
      expect($('img')).toHaveLength(0);
      expect($('h1').text()).toBe(hostile.title);
      expect($('title').text()).toContain(hostile.title);
      expect(fullText($)).toEqual(hostile.text.split('\n'));

      const search = await app.app.inject(`/search?q=${encodeURIComponent('<b>Exports</b>')}`);
      expect(search.body).not.toContain('<b>Exports');
      const $s = load(search.body);
      expect($s('h1').text()).toBe('Claims matching “<b>Exports</b>”');
      expect($s('#site-q').attr('value')).toBe('<b>Exports</b>');
      expect($s('mark.match').first().text()).toBe('Exports');
    } finally {
      await app.close();
    }
  });
});

describe('markup in what sources say', () => {
  it('is shown as text on the conflict, metric, list and search pages, in the chart and the citations too', async () => {
    const key = 'page-test-key-0123456789abcdef';
    const app = await createTestApp({ config: { apiKeys: [key] } });
    try {
      const articles = [
        {
          title: '<script>alert(1)</script> One',
          publisher: '<b>Press</b>',
          text: 'Bilateral trade between China and Russia reached $240 billion in 2024, officials said.',
        },
        { title: 'Two <i>report</i>', publisher: 'A & B "Media"', text: 'Trade between China and Russia was $200 billion in 2024.' },
      ];
      for (const a of articles) {
        const res = await app.app.inject({
          method: 'POST',
          url: '/v1/sources',
          headers: { authorization: `Bearer ${key}` },
          payload: { ...a, publishedAt: '2025-02' },
        });
        expect(res.statusCode).toBe(201);
      }
      const conflicts = (await app.app.inject('/v1/conflicts?status=all')).json() as { data: ApiConflict[] };
      expect(conflicts.data).toHaveLength(1);
      const conflict = conflicts.data[0]!;
      for (const url of [`/conflicts/${conflict.id}`, `/metrics/${conflict.metric}`, '/conflicts?status=all', '/', '/sources', '/search?q=trade']) {
        const res = await app.app.inject(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).not.toMatch(/<script>alert|<b>Press|<i>report/);
        const $ = load(res.body);
        expect($('script'), url).toHaveLength(1);
        expect($('b, i'), url).toHaveLength(0);
      }
      const $ = load((await app.app.inject(`/conflicts/${conflict.id}`)).body);
      expect($('svg.number-line .member-label').text()).toContain('<b>Press</b> — US$240B');
      expect($('p.explanation').text()).toBe(conflict.explanation);
      expect($('article.statement .source-title').text()).toContain('<script>alert(1)</script> One');
      expect($('.citation h3').text()).toContain('A & B "Media"');
    } finally {
      await app.close();
    }
  });
});

describe('GET /conflicts', () => {
  const listed = ($: CheerioAPI) =>
    $('.conflict-item h3 a')
      .map((_, a) => $(a).attr('href'))
      .get();

  it('filters by status, severity, metric and period year', async () => {
    expect(listed(await page('/conflicts?status=all'))).toEqual([`/conflicts/${trade.id}`, `/conflicts/${share.id}`].sort());
    expect(listed(await page('/conflicts?status=agreement'))).toEqual([]);
    expect(listed(await page('/conflicts?status=all&severity=minor'))).toEqual([]);
    expect(listed(await page(`/conflicts?status=all&metric=${share.metric}`))).toEqual([`/conflicts/${share.id}`]);
    expect(listed(await page('/conflicts?status=all&year=2024'))).toEqual([`/conflicts/${trade.id}`]);
    expect(listed(await page('/conflicts?status=all&year=2025'))).toEqual([`/conflicts/${share.id}`]);
  });

  it('filters by measure and entity, offering those the stored propositions name', async () => {
    const $ = await page('/conflicts?status=all&measure=trade&entity=russia');
    expect(listed($)).toEqual([`/conflicts/${trade.id}`, `/conflicts/${share.id}`].sort());
    expect($('#f-measure option[selected]').attr('value')).toBe('trade');
    expect($('#f-entity option[selected]').text()).toBe('Russia');
    expect(
      $('#f-entity option')
        .map((_, o) => $(o).attr('value'))
        .get(),
    ).toEqual(expect.arrayContaining(['china', 'russia']));
    expect(listed(await page('/conflicts?status=all&entity=united-states'))).toEqual([]);
    expect(listed(await page('/conflicts?status=all&measure=exports'))).toEqual([]);
  });

  it('reads empty form fields as no filter and keeps the chosen ones selected', async () => {
    const $ = await page('/conflicts?status=all&severity=&metric=&year=');
    expect(listed($)).toHaveLength(2);
    expect($('#f-status option[selected]').attr('value')).toBe('all');
    expect($('#f-severity option[selected]').attr('value')).toBe('');
    // The JSON API is unchanged: an empty severity there is still a 400.
    expect((await t.app.inject('/v1/conflicts?severity=')).statusCode).toBe(400);
  });

  it('pages with the repository’s cursor and keeps the filters on the next link', async () => {
    const first = await page('/conflicts?status=all&limit=1');
    expect(listed(first)).toHaveLength(1);
    const next = first('a[rel="next"]').attr('href')!;
    expect(next).toMatch(/^\/conflicts\?/);
    const params = new URLSearchParams(next.split('?')[1]);
    expect(params.get('status')).toBe('all');
    expect(params.get('limit')).toBe('1');
    const second = await page(next);
    expect(listed(second)).toHaveLength(1);
    expect(listed(second)[0]).not.toBe(listed(first)[0]);
    expect(second('a[rel="next"]')).toHaveLength(0);
  });

  it('answers a filter value it does not know with a 400 page saying which', async () => {
    const $ = await page('/conflicts?severity=huge', 400);
    expect($('main').text()).toContain('severity');
  });
});

describe('GET /metrics/:key', () => {
  it('plots one series per source and one mark per dated claim', async () => {
    const claims = (await json<{ data: ApiClaim[] }>('/v1/claims?metric=trade.china-russia.total&limit=500')).data;
    const dated = claims.filter((c) => c.period?.start);
    const $ = await page('/metrics/trade.china-russia.total');
    expect($('svg.time-series g.series')).toHaveLength(new Set(dated.map((c) => c.sourceId)).size);
    expect($('svg.time-series g.observation')).toHaveLength(dated.length);
    expect($('.legend li')).toHaveLength(new Set(dated.map((c) => c.sourceId)).size);
    for (const c of claims) expect($(`a[href="/sources/${c.sourceId}#${c.id}"]`)).toHaveLength(1);
    expect($(`a[href="/conflicts/${trade.id}"]`)).toHaveLength(1);
  });

  it('answers a metric nobody states with a 404 page', async () => {
    await page('/metrics/no.such.metric', 404);
  });
});

describe('GET /search', () => {
  it('lists the claims the JSON search finds and marks the matched words, whatever their case', async () => {
    const api = (await json<{ data: ApiClaim[] }>('/v1/claims?q=TRADE%202024&limit=20')).data;
    const $ = await page('/search?q=TRADE+2024');
    expect($('.search-results > li')).toHaveLength(api.length);
    const marked = new Set(
      $('mark.match')
        .map((_, m) => $(m).text().toLowerCase())
        .get(),
    );
    expect([...marked].sort()).toEqual(['2024', 'trade']);
    for (const c of api) expect($(`a[href="/sources/${c.sourceId}#${c.id}"]`)).toHaveLength(1);
  });

  it('shows an empty search form without a query', async () => {
    const $ = await page('/search');
    expect($('.search-results > li')).toHaveLength(0);
    expect($('h1').text()).toBe('Search claims');
  });
});

describe('GET /', () => {
  it('offers the claim search and lists the major discrepancies, the 2024 trade conflict among them', async () => {
    const $ = await page('/');
    expect($('form[action="/search"] input[name="q"]').length).toBeGreaterThan(0);
    expect($(`.conflict-list a[href="/conflicts/${trade.id}"]`)).toHaveLength(1);
  });
});
