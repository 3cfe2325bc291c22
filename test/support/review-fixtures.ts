import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/** Three short reports written for these tests: two 2024 trade figures apart, three German export figures. */
export const REPORTS = {
  north: {
    id: 'north-gazette',
    title: 'North Gazette',
    publisher: 'North Gazette',
    url: 'https://example.org/north',
    publishedAt: '2025-02-01',
    text: 'Trade between China and Russia reached $245 billion in 2024, customs data showed. Germany exported goods worth $1.6 trillion in 2023.',
  },
  south: {
    id: 'south-ledger',
    title: 'South Ledger',
    publisher: 'South Ledger',
    url: 'https://example.org/south',
    publishedAt: '2025-02-01',
    text: 'In 2024, trade between China and Russia was $228 billion. German exports came to $1.7 trillion in 2023.',
  },
  east: {
    id: 'east-review',
    title: 'East Review',
    publisher: 'East Review',
    url: 'https://example.org/east',
    publishedAt: '2025-02-01',
    text: 'Trade between China and Russia totalled $240 billion in 2023. German exports were $1.69 trillion in 2023.',
  },
} as const;

export const KEYS = {
  writer: 'wendy-key-0123456789abcdef',
  reviewer: 'alice-key-0123456789abcdef',
  admin: 'root-key-0123456789abcdef',
};

export const API_KEYS = [`wendy:${KEYS.writer}:write`, `alice:${KEYS.reviewer}:read,review`, `root:${KEYS.admin}:admin`];

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

export async function post(app: FastifyInstance, url: string, key: string, body: unknown) {
  return app.inject({ method: 'POST', url, headers: { ...bearer(key), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
}

export async function ingest(app: FastifyInstance, report: (typeof REPORTS)[keyof typeof REPORTS]) {
  const res = await post(app, '/v1/sources', KEYS.writer, report);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { claims: Array<{ id: string; metric: string | null; value: number; period: { start: string | null } | null }> };
}

export const claimOf = (claims: Array<{ id: string; metric: string | null }>, metricPrefix: string) => {
  const found = claims.find((c) => c.metric?.startsWith(metricPrefix));
  if (!found) throw new Error(`no claim of ${metricPrefix}`);
  return found.id;
};
