import type pg from 'pg';

/** Extensions the platform needs from the PostgreSQL server, with the package that brings each on Debian. */
export const REQUIRED_EXTENSIONS = [
  { name: 'pg_trgm', why: 'typo-tolerant and prefix search' },
  { name: 'unaccent', why: 'accent-insensitive search' },
] as const;

export class MissingExtensionsError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(
      `PostgreSQL lacks the extension(s) ${missing.join(', ')} needed for search ` +
        `(${REQUIRED_EXTENSIONS.filter((e) => missing.includes(e.name))
          .map((e) => `${e.name}: ${e.why}`)
          .join('; ')}). ` +
        "Install the server's contrib package (Debian/Ubuntu: apt-get install postgresql-contrib; " +
        'it is part of the postgresql package from version 10 on), or unset DATABASE_URL to use the embedded PostgreSQL.',
    );
    this.name = 'MissingExtensionsError';
  }
}

type Queryable = Pick<pg.ClientBase, 'query'>;

/** Throws MissingExtensionsError unless every required extension can be created (or already is). */
export async function assertExtensionsAvailable(db: Queryable): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    'select name from pg_available_extensions where name = any($1::text[])',
    [REQUIRED_EXTENSIONS.map((e) => e.name)],
  );
  const available = new Set(rows.map((r) => r.name));
  const missing = REQUIRED_EXTENSIONS.map((e) => e.name).filter((name) => !available.has(name));
  if (missing.length > 0) throw new MissingExtensionsError(missing);
}
