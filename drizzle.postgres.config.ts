import { defineConfig } from 'drizzle-kit';

// PostgreSQL's schema and migrations: `npm run db:generate:postgres` (never `push`).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/postgres/schema.ts',
  out: './migrations/postgres',
});
