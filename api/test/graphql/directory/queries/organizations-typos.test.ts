import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { databaseUrl } from '../../../support/global-setup.js';

const SEARCH = /* GraphQL */ `
  query Search($search: String) {
    organizations(first: 20, search: $search) {
      fuzzy
      edges {
        node {
          slug
        }
      }
    }
  }
`;

/**
 * One-letter typos, in a database whose character classification is C (what the embedded PostgreSQL is created
 * with): there pg_trgm sees no letters in Arabic words, so typo tolerance cannot rest on trigrams alone.
 */
describe('typo-tolerant search in a database with C character classification', () => {
  let api: TestApi;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client(inject('adminDatabaseUrl'));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const name = `shabaka_test_${randomBytes(6).toString('hex')}`;
  beforeAll(async () => {
    await admin(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
    api = await startTestApi({
      migrate: true,
      database: {
        name,
        url: databaseUrl(inject('adminDatabaseUrl'), name),
        drop: () => admin(`drop database if exists ${name} with (force)`),
      },
    });
    await createOrganizations(api.orm, [
      { slug: 'sanabel', nameAr: 'جمعية سنابل الخير', nameEn: null, missionAr: null, missionEn: null, acronym: null },
      { slug: 'solidarity', nameAr: null, nameEn: 'Solidarity Forum', missionAr: null, missionEn: null, acronym: null },
      {
        slug: 'other',
        nameAr: 'مركز الفجر',
        nameEn: 'Al-Fajr Centre',
        missionAr: null,
        missionEn: null,
        acronym: null,
      },
    ]);
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each([
    ['سنابك', 'a letter replaced'],
    ['سنبل', 'a letter left out'],
    ['سنابيل', 'a letter added'],
    ['سناال', 'a letter replaced, next to the same one'],
    ['Solidrity', 'a Latin letter left out'],
    ['solidaritty', 'a Latin letter added'],
  ])('%s (%s) finds the organisation', async (search) => {
    const response = await api.graphql<{ organizations: { fuzzy: boolean; edges: { node: { slug: string } }[] } }>(
      SEARCH,
      { search },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.organizations).toEqual({
      fuzzy: true,
      edges: [{ node: { slug: /^[a-z]/.test(search.toLowerCase()) ? 'solidarity' : 'sanabel' } }],
    });
  });
});
