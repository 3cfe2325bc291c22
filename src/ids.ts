import { createHash } from 'node:crypto';

function digest(parts: Array<string | number>, length = 16): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, length);
}

/** IDs derive from what they name, so re-ingesting the same text yields the same IDs. */
export const passageId = (sourceId: string, start: number, end: number) => `psg_${digest([sourceId, start, end])}`;
export const claimId = (sourceId: string, start: number, end: number) => `clm_${digest([sourceId, start, end])}`;
export const conflictId = (metric: string, unit: string, periodStart: string, periodEnd: string) => `cfl_${digest([metric, unit, periodStart, periodEnd])}`;

export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** A URL-safe slug from a title: lowercase ASCII words joined by hyphens, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'source';
}
