import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type {
  PartnershipEntity,
  PartnershipMemberEntity,
  PartnershipRequestEntity,
  PartnershipStatusChangeEntity,
} from './partnership.entities.js';
import {
  PartnershipKind,
  PartnershipMemberRole,
  PartnershipRequestStatus,
  PartnershipStatus,
} from './partnerships.enums.js';

/** A day as YYYY-MM-DD, whether the driver gives a string or a Date. */
export const day = (value: string | Date | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

@ObjectType({
  implements: Node,
  description:
    'A request from one party (organisation or institution) to another to become partners, possibly answering one of its needs or offers. Seen by the two parties and officers.',
})
export class PartnershipRequest extends Node {
  row!: PartnershipRequestEntity;

  @Field(() => ID, { description: 'Stable uuid of the request.' })
  uuid!: string;

  @Field(() => PartnershipRequestStatus, { description: 'Pending, accepted, declined or withdrawn.' })
  status!: PartnershipRequestStatus;

  @Field(() => String, { description: "The sender's message to the recipient." })
  message!: string;

  @Field(() => String, { nullable: true, description: 'Why the recipient declined (declined requests only).' })
  declineReason!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was accepted, declined or withdrawn.' })
  answeredAt!: Date | null;
}

export function toRequest(row: PartnershipRequestEntity): PartnershipRequest {
  return Object.assign(new PartnershipRequest(), {
    row,
    id: toGlobalId('PartnershipRequest', row.id),
    uuid: row.id,
    status: row.status as PartnershipRequestStatus,
    message: row.message,
    declineReason: row.declineReason,
    createdAt: row.createdAt,
    answeredAt: row.answeredAt,
  });
}

@ObjectType({
  implements: Node,
  description:
    'A partnership between civil society organisations, or with a public institution: its members, purpose, places, target groups, dates, agreement and status. Active and completed ones are public; proposed and terminated ones are seen by their members and officers.',
})
export class Partnership extends Node {
  row!: PartnershipEntity;

  @Field(() => ID, { description: 'Stable uuid of the partnership.' })
  uuid!: string;

  @Field(() => PartnershipKind, { description: 'CSOs together, or CSOs with a public institution.' })
  kind!: PartnershipKind;

  @Field(() => PartnershipStatus, { description: 'Proposed, active, completed or terminated.' })
  status!: PartnershipStatus;

  @Field(() => LocalizedText, {
    description: 'What the partnership is for, in Arabic and English (either may be missing).',
  })
  purpose!: LocalizedText;

  @Field(() => [String], { description: 'Codes of the governorates where it works (empty: not said).' })
  governorateCodes!: string[];

  @Field(() => [String], { description: 'Codes of the target groups it serves (empty: not said).' })
  targetGroupCodes!: string[];

  @Field(() => String, { nullable: true, description: 'When it starts (YYYY-MM-DD).' })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When it ends (YYYY-MM-DD).' })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When the memorandum of understanding was signed (YYYY-MM-DD).' })
  mouSignedOn!: string | null;

  @Field(() => String, { nullable: true, description: "The agreement's reference." })
  agreementReference!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was terminated (terminated ones only).' })
  terminationReason!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was proposed (its request accepted).' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When every member had confirmed it.' })
  activatedAt!: Date | null;
}

@ObjectType({
  description:
    "A partnership's signed agreement as a file (a PDF): for its members' people and officers only, never public.",
})
export class PartnershipAgreementDocument {
  @Field(() => Int, { description: 'Its size in bytes.' })
  sizeBytes!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was uploaded (the latest replaces any earlier one).' })
  uploadedAt!: Date;

  @Field(() => String, {
    description:
      "Where to download it from the API (GET, with the same cookie or token): '/uploads/partnership-agreement/<uuid>'.",
  })
  path!: string;
}

export function toPartnership(row: PartnershipEntity): Partnership {
  return Object.assign(new Partnership(), {
    row,
    id: toGlobalId('Partnership', row.id),
    uuid: row.id,
    kind: row.kind as PartnershipKind,
    status: row.status as PartnershipStatus,
    purpose: { ar: row.purposeAr, en: row.purposeEn },
    governorateCodes: row.governorateCodes,
    targetGroupCodes: row.targetGroupCodes,
    startsOn: day(row.startsOn),
    endsOn: day(row.endsOn),
    mouSignedOn: day(row.mouSignedOn),
    agreementReference: row.agreementReference,
    terminationReason: row.terminationReason,
    createdAt: row.createdAt,
    activatedAt: row.activatedAt,
  });
}

@ObjectType({ description: 'A party of a partnership: its role and whether it confirmed.' })
export class PartnershipMember {
  row!: PartnershipMemberEntity;

  @Field(() => ID, { description: 'Global, opaque id of this membership of the partnership.' })
  id!: string;

  @Field(() => PartnershipMemberRole, { description: 'Lead, partner or public partner.' })
  role!: PartnershipMemberRole;

  @Field(() => Boolean, { description: 'Whether the party confirmed the partnership.' })
  confirmed!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it confirmed.' })
  confirmedAt!: Date | null;
}

export function toMember(row: PartnershipMemberEntity): PartnershipMember {
  return Object.assign(new PartnershipMember(), {
    row,
    id: toGlobalId('PartnershipMember', row.id),
    role: row.role as PartnershipMemberRole,
    confirmed: row.confirmedAt !== null,
    confirmedAt: row.confirmedAt,
  });
}

@ObjectType({ description: "One change of a partnership's status (its history, oldest first)." })
export class PartnershipStatusChange {
  @Field(() => ID, { description: 'Global, opaque id of this change.' })
  id!: string;

  @Field(() => PartnershipStatus, { nullable: true, description: 'The status before (null: when it was created).' })
  from!: PartnershipStatus | null;

  @Field(() => PartnershipStatus, { description: 'The status after.' })
  to!: PartnershipStatus;

  @Field(() => String, { nullable: true, description: 'Why (a termination).' })
  reason!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  at!: Date;
}

export function toStatusChange(row: PartnershipStatusChangeEntity): PartnershipStatusChange {
  return {
    id: toGlobalId('PartnershipStatusChange', row.id),
    from: row.fromStatus as PartnershipStatus | null,
    to: row.toStatus as PartnershipStatus,
    reason: row.reason,
    at: row.changedAt,
  };
}

const requests = Connection(PartnershipRequest, 'PartnershipRequest');
@ObjectType('PartnershipRequestEdge', { description: 'A request in a page.' })
export class PartnershipRequestEdge extends requests.Edge {}
@ObjectType('PartnershipRequestConnection', { description: 'Partnership requests, newest first, a page at a time.' })
export class PartnershipRequestConnection extends requests.ConnectionType {
  @Field(() => [PartnershipRequestEdge], { description: 'The items of this page, in order.' })
  edges!: PartnershipRequestEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

const partnerships = Connection(Partnership, 'Partnership');
@ObjectType('PartnershipEdge', { description: 'A partnership in a page.' })
export class PartnershipEdge extends partnerships.Edge {}
@ObjectType('PartnershipConnection', { description: 'Partnerships, newest first, a page at a time.' })
export class PartnershipConnection extends partnerships.ConnectionType {
  @Field(() => [PartnershipEdge], { description: 'The items of this page, in order.' })
  edges!: PartnershipEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
