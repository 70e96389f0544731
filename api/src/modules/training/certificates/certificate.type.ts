import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../../common/i18n/localized-text.type.js';
import { Connection } from '../../../common/pagination/connection.type.js';
import { toGlobalId } from '../../../common/relay/global-id.js';
import { Node } from '../../../common/relay/node.interface.js';
import { formatCertificateCode } from './certificate-code.js';
import type { TrainingCertificateBatchEntity, TrainingCertificateEntity } from './certificate.entities.js';

export enum TrainingCertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
}
registerEnumType(TrainingCertificateStatus, {
  name: 'TrainingCertificateStatus',
  description: 'Whether a certificate still stands.',
  valuesConfig: {
    VALID: { description: 'Issued and not revoked.' },
    REVOKED: { description: 'Revoked by an officer: it no longer certifies anything.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A certificate of completion of a training session (seen by its holder and officers).',
})
export class TrainingCertificate implements Node {
  @Field(() => ID, { description: 'Global, opaque id of the certificate (for `node`).' })
  id!: string;

  @Field(() => ID, {
    description: 'Stable uuid of the certificate (its PDF is at /certificates/<uuid>.pdf on the API).',
  })
  uuid!: string;

  row!: TrainingCertificateEntity;

  @Field(() => String, { description: 'The verification code, in groups of four (`K7QM-3XH9-PD2A`).' })
  code!: string;

  @Field(() => String, { description: "The participant's name as they wrote it, when it was issued." })
  participantName!: string;

  @Field(() => LocalizedText, { description: 'Who issued it.' })
  issuer!: LocalizedText;

  @Field(() => GraphQLDateTime, { description: 'When it was issued (UTC).' })
  issuedAt!: Date;

  @Field(() => TrainingCertificateStatus, { description: 'Valid or revoked.' })
  status!: TrainingCertificateStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was revoked.' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  revocationReason!: string | null;

  @Field(() => String, { description: 'Path of its PDF on the API (Arabic and English), for its holder and officers.' })
  pdfPath!: string;
}

export function toCertificate(row: TrainingCertificateEntity): TrainingCertificate {
  return Object.assign(new TrainingCertificate(), {
    id: toGlobalId('TrainingCertificate', row.id),
    uuid: row.id,
    row,
    code: formatCertificateCode(row.code),
    participantName: row.participantName,
    issuer: { ar: row.issuerNameAr, en: row.issuerNameEn },
    issuedAt: row.issuedAt,
    status: row.revokedAt ? TrainingCertificateStatus.REVOKED : TrainingCertificateStatus.VALID,
    revokedAt: row.revokedAt,
    revocationReason: row.revocationReason,
    pdfPath: `/certificates/${row.id}.pdf`,
  });
}

@ObjectType({
  description:
    'What anyone may learn of a certificate from its code: the name on it, the course, the dates, the issuer, and whether it stands. Nothing else of the person.',
})
export class TrainingCertificateVerification {
  @Field(() => ID, { description: 'Global, opaque id of this verification (stable for a code).' })
  id!: string;

  @Field(() => String, { description: 'The verification code, in groups of four.' })
  code!: string;

  @Field(() => String, { description: "The participant's name as written on the certificate." })
  participantName!: string;

  @Field(() => LocalizedText, { description: 'Title of the course.' })
  courseTitle!: LocalizedText;

  @Field(() => GraphQLDateTime, { description: 'Start of the session (UTC; shown in Asia/Amman).' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'End of the session (UTC).' })
  endsAt!: Date;

  @Field(() => LocalizedText, { description: 'Who issued it.' })
  issuer!: LocalizedText;

  @Field(() => GraphQLDateTime, { description: 'When it was issued.' })
  issuedAt!: Date;

  @Field(() => TrainingCertificateStatus, { description: 'Valid or revoked.' })
  status!: TrainingCertificateStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was revoked (the reason is not public).' })
  revokedAt!: Date | null;
}

@ObjectType({ description: "A bulk issue of a session's certificates, run in the background: its progress." })
export class TrainingCertificateBatch {
  @Field(() => ID, { description: 'Global, opaque id of the batch.' })
  id!: string;

  row!: TrainingCertificateBatchEntity;

  @Field(() => Int, { description: 'Confirmed participants to look at.' })
  total!: number;

  @Field(() => Int, { description: 'Participants looked at so far.' })
  processed!: number;

  @Field(() => Int, { description: 'Certificates this batch issued.' })
  issued!: number;

  @Field(() => Int, { description: 'Participants who already held a certificate.' })
  alreadyIssued!: number;

  @Field(() => Int, { description: "Participants who did not meet the course's completion rule (no certificate)." })
  incomplete!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it finished; null while it waits or runs.' })
  finishedAt!: Date | null;
}

export function toBatch(row: TrainingCertificateBatchEntity): TrainingCertificateBatch {
  return Object.assign(new TrainingCertificateBatch(), {
    id: toGlobalId('TrainingCertificateBatch', row.id),
    row,
    total: row.total,
    processed: row.processed,
    issued: row.issued,
    alreadyIssued: row.alreadyIssued,
    incomplete: row.incomplete,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  });
}

const certificates = Connection(TrainingCertificate, 'TrainingCertificate');
@ObjectType('TrainingCertificateEdge', { description: 'A certificate in a page.' })
export class TrainingCertificateEdge extends certificates.Edge {}
@ObjectType('TrainingCertificateConnection', { description: 'Certificates, newest first, a page at a time.' })
export class TrainingCertificateConnection extends certificates.ConnectionType {
  @Field(() => [TrainingCertificateEdge], { description: 'The items of this page, in order.' })
  edges!: TrainingCertificateEdge[];

  @Field(() => Int, { description: 'Number of certificates (all pages).' })
  totalCount!: number;
}
