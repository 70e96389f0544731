import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { paginate } from '../../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../../common/pagination/pagination.args.js';
import { isOfficer } from '../../../common/auth/viewer.js';
import { globalUuid, toGlobalId } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { Viewer } from '../../accounts/index.js';
import { TrainingCourseEntity, TrainingSessionEntity } from '../training.entities.js';
import { trainingLoaders } from '../training.loaders.js';
import { OFFICER_ROLES } from '../training.resolver.js';
import { TrainingRegistration, TrainingSession, toSession } from '../training.type.js';
import { formatCertificateCode, normalizeCertificateCode } from './certificate-code.js';
import { TrainingCertificateBatchEntity, TrainingCertificateEntity } from './certificate.entities.js';
import { certificateLoaders } from './certificate.loaders.js';
import {
  TrainingCertificate,
  TrainingCertificateBatch,
  TrainingCertificateConnection,
  TrainingCertificateStatus,
  TrainingCertificateVerification,
  toBatch,
  toCertificate,
} from './certificate.type.js';

/** `node(id)` for a certificate: its holder's and officers'; anyone else's is null, as one that does not exist. */
export async function trainingCertificateByKey(ctx: GraphQLContext, key: string): Promise<TrainingCertificate | null> {
  if (!ctx.viewer) return null;
  const row = await ctx.em.findOne(TrainingCertificateEntity, { id: key });
  if (!row || (row.userId !== ctx.viewer.userId && !isOfficer(ctx.viewer))) return null;
  return toCertificate(row);
}

@Resolver()
export class TrainingCertificateQueryResolver {
  @Query(() => TrainingCertificateVerification, {
    nullable: true,
    description:
      'Verifies a certificate by its code (public, rate limited as every public query): the name, course, dates, issuer and whether it stands; null for an unknown code.',
  })
  async certificateByCode(
    @Arg('code', () => String, { description: 'The code as printed (any case; dashes and spaces are ignored).' })
    code: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCertificateVerification | null> {
    const normalized = code.length <= 64 ? normalizeCertificateCode(code) : null;
    if (!normalized) return null;
    const certificate = await ctx.em.findOne(TrainingCertificateEntity, { code: normalized });
    if (!certificate) return null;
    const session = await ctx.em.findOneOrFail(TrainingSessionEntity, { id: certificate.sessionId });
    const course = await ctx.em.findOneOrFail(TrainingCourseEntity, { id: session.courseId });
    return {
      id: toGlobalId('TrainingCertificateVerification', certificate.code),
      code: formatCertificateCode(certificate.code),
      participantName: certificate.participantName,
      courseTitle: { ar: course.titleAr ?? course.titleEn, en: course.titleEn ?? course.titleAr },
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      issuer: { ar: certificate.issuerNameAr, en: certificate.issuerNameEn },
      issuedAt: certificate.issuedAt,
      status: certificate.revokedAt ? TrainingCertificateStatus.REVOKED : TrainingCertificateStatus.VALID,
      revokedAt: certificate.revokedAt,
    };
  }

  @Authorized(...OFFICER_ROLES)
  @Query(() => TrainingCertificateBatch, {
    nullable: true,
    description: 'The progress of a bulk issue of certificates (officers; only the officer who started it sees it).',
  })
  async trainingCertificateBatch(
    @Arg('id', () => ID, { description: 'The batch (TrainingCertificateBatch.id).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCertificateBatch | null> {
    const key = globalUuid('TrainingCertificateBatch', id, 'id', 'a certificate batch');
    const row = await ctx.em.findOne(TrainingCertificateBatchEntity, { id: key, startedBy: ctx.viewer!.userId });
    return row ? toBatch(row) : null;
  }
}

@Resolver(() => TrainingCertificate)
export class TrainingCertificateResolver {
  @FieldResolver(() => TrainingSession, { description: 'The session it certifies.' })
  async session(@Root() certificate: TrainingCertificate, @Ctx() ctx: GraphQLContext): Promise<TrainingSession> {
    return toSession((await ctx.loaders.of(trainingLoaders).sessionById.load(certificate.row.sessionId))!);
  }
}

@Resolver(() => TrainingRegistration)
export class TrainingRegistrationCertificateResolver {
  @FieldResolver(() => TrainingCertificate, {
    nullable: true,
    description: 'Its certificate of completion, once issued (seen with the registration: its holder and officers).',
  })
  async certificate(
    @Root() registration: TrainingRegistration,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCertificate | null> {
    const row = await ctx.loaders.of(certificateLoaders).byRegistrationId.load(registration.uuid);
    return row ? toCertificate(row) : null;
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionCertificateBatchResolver {
  @Authorized(...OFFICER_ROLES)
  @FieldResolver(() => TrainingCertificateBatch, {
    nullable: true,
    description: 'The latest bulk issue of certificates the signed-in officer started for this session (officers).',
  })
  async viewerCertificateBatch(
    @Root() session: TrainingSession,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCertificateBatch | null> {
    const row = await ctx.em.findOne(
      TrainingCertificateBatchEntity,
      { sessionId: session.uuid, startedBy: ctx.viewer!.userId },
      { orderBy: { createdAt: 'desc' } },
    );
    return row ? toBatch(row) : null;
  }
}

@Resolver(() => Viewer)
export class ViewerCertificatesResolver {
  @FieldResolver(() => TrainingCertificateConnection, {
    description: "The person's training certificates, newest first (revoked ones included, marked so).",
  })
  async trainingCertificates(
    @Root() viewer: Viewer,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCertificateConnection> {
    const page = await paginate(
      ctx.em,
      TrainingCertificateEntity,
      { userId: viewer.principal.userId },
      {
        page: pageRequest(pagination),
        orderBy: { issuedAt: 'desc', id: 'asc' },
        kind: 'viewer-training-certificate',
        toNode: toCertificate,
      },
    );
    return Object.assign(new TrainingCertificateConnection(), page);
  }
}
