/**
 * The optional disaggregation answers of a registration. Jordan's Personal Data Protection Law (2023) counts health
 * and disability data as sensitive: they are kept only with an explicit consent recorded with its purpose, the
 * version of the text agreed to and the time, and withdrawal erases them at once (the consent's times stay, as the
 * record that there was one and that it ended).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { TrainingDisaggregationEntity } from './disaggregation.entities.js';
import {
  DISAGGREGATION_CONSENT_PURPOSE,
  DISAGGREGATION_CONSENT_VERSION,
  type TrainingDisaggregationInput,
} from './disaggregation.type.js';
import { TrainingRegistrationEntity } from './training.entities.js';
import { TrainingErrorCode, trainingError, type TrainingError } from './training.errors.js';

const ANSWERS = ['sex', 'ageBand', 'seeing', 'hearing', 'walking', 'cognition', 'selfCare', 'communication'] as const;

const answered = (input: TrainingDisaggregationInput): boolean => ANSWERS.some((key) => input[key] != null);

/** Why the answers cannot be kept, if they cannot: answers without consent, or consent to an outdated text. */
export function disaggregationError(input: TrainingDisaggregationInput | null | undefined): TrainingError | undefined {
  if (!input || !answered(input)) return undefined;
  if (!input.consent) {
    return trainingError(
      TrainingErrorCode.CONSENT_REQUIRED,
      'answers to the optional questions are kept only with your consent',
      ['disaggregation', 'consent'],
    );
  }
  if (input.consentTextVersion !== DISAGGREGATION_CONSENT_VERSION) {
    return trainingError(
      TrainingErrorCode.CONSENT_TEXT_OUTDATED,
      `the consent text has changed (version ${DISAGGREGATION_CONSENT_VERSION}): read it again`,
      ['disaggregation', 'consentTextVersion'],
    );
  }
  return undefined;
}

/**
 * The answers to keep with a new registration, under the consent in force (written by the registration's own
 * statement, with the TRAINING_DISAGGREGATION_CONSENTED audit event); null when nothing was answered or consented.
 */
export function consentedAnswers(input: TrainingDisaggregationInput | null | undefined): {
  consentPurpose: string;
  consentTextVersion: string;
  sex: string | null;
  ageBand: string | null;
  seeing: string | null;
  hearing: string | null;
  walking: string | null;
  cognition: string | null;
  selfCare: string | null;
  communication: string | null;
} | null {
  if (!input?.consent || !answered(input)) return null;
  return {
    consentPurpose: DISAGGREGATION_CONSENT_PURPOSE,
    consentTextVersion: DISAGGREGATION_CONSENT_VERSION,
    sex: input.sex ?? null,
    ageBand: input.ageBand ?? null,
    seeing: input.seeing ?? null,
    hearing: input.hearing ?? null,
    walking: input.walking ?? null,
    cognition: input.cognition ?? null,
    selfCare: input.selfCare ?? null,
    communication: input.communication ?? null,
  };
}

/** The person withdraws their consent: the answers are erased and the withdrawal's time recorded. */
export async function withdrawDisaggregation(
  em: EntityManager,
  registrationId: string,
  actor: { userId: string; requestId: string },
): Promise<{ ok: TrainingRegistrationEntity; error?: undefined } | { ok?: undefined; error: TrainingError }> {
  return em.transactional(async (tx) => {
    const registration = await tx.findOne(TrainingRegistrationEntity, { id: registrationId, userId: actor.userId });
    if (!registration) {
      return {
        error: trainingError(TrainingErrorCode.REGISTRATION_NOT_FOUND, 'no such registration', 'registrationId'),
      };
    }
    const row = await tx.findOne(TrainingDisaggregationEntity, { registrationId, withdrawnAt: null });
    if (!row) {
      return {
        error: trainingError(
          TrainingErrorCode.NO_CONSENT,
          'there is no consent in force on this registration',
          'registrationId',
        ),
      };
    }
    Object.assign(row, {
      withdrawnAt: new Date(),
      sex: null,
      ageBand: null,
      wgSeeing: null,
      wgHearing: null,
      wgWalking: null,
      wgCognition: null,
      wgSelfCare: null,
      wgCommunication: null,
    });
    audit(tx, {
      actorId: actor.userId,
      action: 'TRAINING_DISAGGREGATION_WITHDRAWN',
      subjectType: 'TrainingRegistration',
      subjectId: registration.id,
      requestId: actor.requestId,
    });
    return { ok: registration };
  });
}
