/**
 * A domain module plugs itself in: an example module, written here as a new domain would be (its own entity,
 * resolver, node type, HTTP route and personal data), is added to the platform's list and nothing else, and every
 * one of its parts is served.
 */
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../../src/common/http/routes.js';
import type { PlatformModule } from '../../src/common/module/platform-module.js';
import { Node } from '../../src/common/relay/node.interface.js';
import { toGlobalId } from '../../src/common/relay/global-id.js';
import type { GraphQLContext } from '../../src/context.js';
import { sqlRows } from '../../src/database/sql.js';
import { modules } from '../../src/modules/index.js';
import { createTestPerson, signIn } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/api.js';

@Entity({ tableName: 'example_note' })
class ExampleNoteEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  authorId!: string;

  @Property({ type: 'text' })
  text!: string;
}

@ObjectType({ implements: Node, description: 'A note of the example module.' })
class ExampleNote implements Node {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'The text.' })
  text!: string;
}

const toNote = (entity: ExampleNoteEntity): ExampleNote =>
  Object.assign(new ExampleNote(), { id: toGlobalId('ExampleNote', entity.id), text: entity.text });

@Resolver()
class ExampleNotesResolver {
  @Query(() => [ExampleNote], { description: 'Every note.' })
  async exampleNotes(@Ctx() ctx: GraphQLContext): Promise<ExampleNote[]> {
    return (await ctx.em.find(ExampleNoteEntity, {}, { orderBy: { text: 'asc' } })).map(toNote);
  }
}

const exampleModule: PlatformModule = {
  name: 'example',
  entities: [ExampleNoteEntity],
  resolvers: [ExampleNotesResolver],
  nodes: {
    ExampleNote: async (ctx, key) => {
      const note = await ctx.em.findOne(ExampleNoteEntity, { id: key });
      return note ? toNote(note) : null;
    },
  },
  routes: [
    {
      methods: ['GET'],
      path: '/example/notes/count',
      async handle({ res, em }) {
        sendJson(res, 200, { count: await em.count(ExampleNoteEntity, {}) });
      },
    },
  ],
  personalData: {
    holder: 'example',
    async export(em, person) {
      const notes = await em.find(ExampleNoteEntity, { authorId: person.userId });
      return { exampleNotes: notes.map((n) => n.text) };
    },
    async erase(em, person) {
      await em.nativeDelete(ExampleNoteEntity, { authorId: person.userId });
    },
  },
};

describe('a module added to the list', () => {
  let api: TestApi;
  let author: { id: string; email: string; password: string };
  let noteId: string;
  beforeAll(async () => {
    // given the platform's modules and the example one, whose table its migration would create
    api = await startTestApi({ modules: [...modules, exampleModule] });
    await sqlRows(
      api.orm.em.fork(),
      'create table example_note (id uuid primary key, author_id uuid not null, text text not null)',
    );
    author = await createTestPerson(api, { name: 'Example Author', email: 'example.author@example.org' });
    const em = api.orm.em.fork();
    const note = em.create(ExampleNoteEntity, { authorId: author.id, text: 'written by the author' });
    em.create(ExampleNoteEntity, { authorId: randomUUID(), text: 'by someone else' });
    await em.flush();
    noteId = note.id;
  });
  afterAll(async () => {
    await api.stop();
  });

  it('serves its queries and its node type', async () => {
    const response = await api.graphql<{ exampleNotes: { text: string }[]; node: { text: string } | null }>(
      `query($id: ID!) { exampleNotes { text } node(id: $id) { ... on ExampleNote { text } } }`,
      { id: toGlobalId('ExampleNote', noteId) },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      exampleNotes: [{ text: 'by someone else' }, { text: 'written by the author' }],
      node: { text: 'written by the author' },
    });
  });

  it('serves its HTTP routes', async () => {
    const response = await fetch(`${api.url}/example/notes/count`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ count: 2 });
  });

  it("takes part in the person's data export and erasure", async () => {
    // given the author signed in
    const cookie = await signIn(api, author.email, author.password);
    // when they download their data, then it holds their note and not the other one
    const exported = await api.graphql<{ viewerDataExport: { exampleNotes: string[] } }>(
      '{ viewerDataExport }',
      {},
      { headers: { cookie } },
    );
    expect(exported.body.data?.viewerDataExport.exampleNotes).toEqual(['written by the author']);
    // when they erase their account, then their note is gone and the other stays
    const erased = await api.graphql<{ accountErase: { userErrors: unknown[] } }>(
      'mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }',
      { input: { password: author.password } },
      { headers: { cookie } },
    );
    expect(erased.body.data?.accountErase.userErrors).toEqual([]);
    const left = await api.graphql<{ exampleNotes: { text: string }[] }>('{ exampleNotes { text } }');
    expect(left.body.data?.exampleNotes).toEqual([{ text: 'by someone else' }]);
  });
});
