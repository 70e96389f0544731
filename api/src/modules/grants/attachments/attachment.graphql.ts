/** Attachments in the contract: an application's files for the call's required documents, a call's guidelines. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { groupBy } from '../../../common/dataloader/group-by.js';
import { toGlobalId } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { GrantApplication, GrantCall } from '../grants.type.js';
import { GrantApplicationAttachmentEntity, GrantCallGuidelinesDocumentEntity } from './attachment.entities.js';

/** Per-request loaders: one statement per kind, whatever the page size. */
export function grantAttachmentLoaders(em: EntityManager) {
  return {
    attachmentsByApplicationId: new DataLoader<string, GrantApplicationAttachmentEntity[]>(async (ids) => {
      const rows = await em.find(
        GrantApplicationAttachmentEntity,
        { applicationId: { $in: [...ids] } },
        { orderBy: { applicationId: 'asc', documentCode: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.applicationId);
    }),
    guidelinesByCallId: new DataLoader<string, GrantCallGuidelinesDocumentEntity | null>(async (ids) => {
      const rows = await em.find(GrantCallGuidelinesDocumentEntity, { callId: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.callId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

@ObjectType({ description: "A file attached to an application for one of its call's required documents." })
export class GrantApplicationAttachment {
  @Field(() => ID, { description: 'Global id of the attachment.' })
  id!: string;

  @Field(() => String, { description: "The code of the call's required document it answers (requiredDocuments)." })
  documentCode!: string;

  @Field(() => String, { description: 'Its media type: application/pdf, image/png or image/jpeg.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  sizeBytes!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was uploaded (a later upload for the same code replaces it).' })
  uploadedAt!: Date;

  @Field(() => String, {
    description:
      "Where to download it from the API (GET, with the same cookie or token): '/uploads/grant-attachment/<uuid>'.",
  })
  path!: string;
}

@ObjectType({ description: "A call's guidelines document (a PDF)." })
export class GrantCallGuidelinesDocument {
  @Field(() => Int, { description: 'Its size in bytes.' })
  sizeBytes!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was uploaded (the latest replaces any earlier one).' })
  uploadedAt!: Date;

  @Field(() => String, {
    description:
      "Where to download it from the API (GET, public once the call is published): '/uploads/grant-guidelines/<call uuid>'.",
  })
  path!: string;
}

@Resolver(() => GrantApplication)
export class GrantApplicationAttachmentsResolver {
  @FieldResolver(() => [GrantApplicationAttachment], {
    description: "Its files for the call's required documents, by document code.",
  })
  async attachments(
    @Root() application: GrantApplication,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationAttachment[]> {
    const rows = await ctx.loaders.of(grantAttachmentLoaders).attachmentsByApplicationId.load(application.uuid);
    return rows.map((row) => ({
      id: toGlobalId('GrantApplicationAttachment', row.id),
      documentCode: row.documentCode,
      mediaType: row.mediaType,
      sizeBytes: row.sizeBytes,
      uploadedAt: row.uploadedAt,
      path: `/uploads/grant-attachment/${row.id}`,
    }));
  }
}

@Resolver(() => GrantCall)
export class GrantCallGuidelinesResolver {
  @FieldResolver(() => GrantCallGuidelinesDocument, {
    nullable: true,
    description: 'Its guidelines document, when an officer has uploaded one.',
  })
  async guidelinesDocument(
    @Root() call: GrantCall,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallGuidelinesDocument | null> {
    const row = await ctx.loaders.of(grantAttachmentLoaders).guidelinesByCallId.load(call.uuid);
    return row
      ? { sizeBytes: row.sizeBytes, uploadedAt: row.uploadedAt, path: `/uploads/grant-guidelines/${call.uuid}` }
      : null;
  }
}
