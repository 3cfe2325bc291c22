import { z } from 'zod';
import { ListQuerySchema } from './common.js';

import { AUDIT_ACTIONS, AUDIT_TARGETS } from '../domain/enums.js';

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().describe('When the write committed (ISO 8601).'),
    key: z.string().describe('Name of the API key that made it (`system` for seeding).'),
    requestId: z.string().nullable(),
    action: z.enum(AUDIT_ACTIONS),
    target: z.object({ type: z.enum(AUDIT_TARGETS), id: z.string() }),
    changes: z.record(z.string(), z.unknown()).describe('What the write changed.'),
  })
  .meta({ id: 'AuditEntry' });

export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = ListQuerySchema.extend({
  action: z.enum(AUDIT_ACTIONS).optional(),
  target: z.string().min(1).max(200).optional().describe('Only entries about this source, conflict or claim id.'),
  keyName: z.string().min(1).max(64).optional().describe('Only entries made with the key of this name.'),
});
