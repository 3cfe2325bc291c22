import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/extract/passages.js';
import { passageId } from '../../src/ids.js';
import { ingestSource } from '../../src/services/ingest.js';
import type { Passage } from '../../src/schemas/sources.js';
import { createTestApp, expectProblem, seedManifest, seedText, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(async () => {
  await t.close();
});

const codePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('GET /v1/passages/:id', () => {
  it('answers a seed passage whose offsets point into the source text', async () => {
    const entry = seedManifest().find((m) => m.id === 'scmp-priority-partners')!;
    const text = seedText(entry.file);
    const span = splitPassages(text)[3]!;
    const res = await t.app.inject(`/v1/passages/${passageId(entry.id, span.start, span.end)}`);
    expect(res.statusCode).toBe(200);
    const passage = res.json() as Passage;
    expect(passage).toEqual({
      id: passageId(entry.id, span.start, span.end),
      sourceId: entry.id,
      start: span.start,
      end: span.end,
      text: span.text,
      prefix: span.prefix,
      suffix: span.suffix,
      paragraph: span.paragraph,
    });
    expect(codePoints(text, passage.start, passage.end)).toBe(passage.text);
  });

  it('counts offsets in code points when the text holds emoji', async () => {
    const text = 'Intro 🚢🚢 line.\nShips 🚢 carried 40 % more cargo. The end 🎉.';
    const { source } = await ingestSource(t.store, { id: 'emoji-note', title: 'Emoji note', text });
    const served = (await t.app.inject(`/v1/sources/${source.id}/text`)).body;
    expect(served).toBe(text);
    const spans = splitPassages(text);
    expect(spans.map((s) => s.text)).toEqual(['Intro 🚢🚢 line.', 'Ships 🚢 carried 40 % more cargo.', 'The end 🎉.']);
    for (const span of spans) {
      const passage = (await t.app.inject(`/v1/passages/${passageId(source.id, span.start, span.end)}`)).json() as Passage;
      expect(codePoints(served, passage.start, passage.end)).toBe(passage.text);
    }
    const last = spans[2]!;
    // 14 code points and a newline, 32 more and a space: 15 + 32 + 1; then 10 code points.
    expect([last.start, last.end]).toEqual([48, 58]);
  });

  it('answers 404 problem+json for an unknown passage', async () => {
    const problem = expectProblem(await t.app.inject('/v1/passages/psg_0000000000000000'), 404);
    expect(problem.detail).toContain('psg_0000000000000000');
  });
});
