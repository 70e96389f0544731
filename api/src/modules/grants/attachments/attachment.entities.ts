import { Entity, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { StoredMediaType } from '../../../common/files/stored-files.js';

/** A file attached to an application for one of the documents its call requires (the latest upload replaces it). */
@Entity({ tableName: 'grant_application_attachment' })
@Unique({ properties: ['applicationId', 'documentCode'] })
export class GrantApplicationAttachmentEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  applicationId!: string;

  /** The code of the call's required document it answers. */
  @Property({ type: 'text' })
  documentCode!: string;

  @Property({ type: 'text' })
  mediaType!: StoredMediaType;

  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  uploadedAt: Date & Opt = new Date();
}

/** A call's guidelines document (a PDF), public once the call is published. */
@Entity({ tableName: 'grant_call_guidelines_document' })
export class GrantCallGuidelinesDocumentEntity {
  @PrimaryKey({ type: 'uuid' })
  callId!: string;

  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  uploadedAt: Date & Opt = new Date();
}

export const GrantAttachmentEntities = [GrantApplicationAttachmentEntity, GrantCallGuidelinesDocumentEntity];
