import type { PersonalDataSection } from '../../common/personal-data/personal-data.js';
import { sqlRows } from '../../database/sql.js';
import {
  ConsultationContributionEntity,
  ConsultationEndorsementEntity,
  ConsultationEntity,
  ConsultationFileEntity,
  ConsultationOwnerEntity,
  PolicyScorecardEntryEntity,
} from './participation.entities.js';
import { InnovationChallengeEntity, InnovationIdeaEntity } from './challenges/challenge.entities.js';

/**
 * What the participation module holds about a person: the contributions, endorsements and scorecard answers they
 * wrote for their organisations (never public under their name), the answers they gave as an owner, the
 * consultations whose owning team they are of, the files they uploaded, the innovation ideas they sent for their
 * organisations and the challenges they created (both stay, no longer naming them). Contributions are their organisations'
 * positions: erasure leaves them, no longer naming who wrote them; the person leaves every owning team.
 */
export const participationPersonalData: PersonalDataSection = {
  holder: 'participation',
  async export(em, person) {
    const [contributions, endorsements, scorecards, owned, answered, ideas, challenges] = await Promise.all([
      sqlRows<Record<string, unknown>>(
        em,
        `select id, consultation_id, section_id, organization_id, position, comment, created_at, updated_at
         from consultation_contribution where written_by = ? order by created_at, id`,
        [person.userId],
      ),
      sqlRows<Record<string, unknown>>(
        em,
        `select contribution_id, organization_id, created_at from consultation_endorsement where endorsed_by = ?
         order by created_at`,
        [person.userId],
      ),
      sqlRows<Record<string, unknown>>(
        em,
        `select consultation_id, organization_id, governorate_code, quarter, delivered, evidence_note, updated_at
         from policy_scorecard_entry where written_by = ? order by updated_at`,
        [person.userId],
      ),
      sqlRows<Record<string, unknown>>(
        em,
        'select consultation_id, created_at from consultation_owner where user_id = ? order by created_at',
        [person.userId],
      ),
      sqlRows<Record<string, unknown>>(
        em,
        `select id as contribution_id, answer, answer_reason, answered_at from consultation_contribution
         where answered_by = ? order by answered_at`,
        [person.userId],
      ),
      sqlRows<Record<string, unknown>>(
        em,
        `select id, challenge_id, organization_id, title_ar, title_en, summary_ar, summary_en, stage, submitted_at
         from innovation_idea where submitted_by = ? order by submitted_at, id`,
        [person.userId],
      ),
      sqlRows<Record<string, unknown>>(
        em,
        'select id, title_ar, title_en, created_at from innovation_challenge where created_by = ? order by created_at',
        [person.userId],
      ),
    ]);
    return {
      consultationContributionsWritten: contributions,
      consultationEndorsementsGiven: endorsements,
      policyScorecardAnswers: scorecards,
      consultationsOwned: owned,
      consultationAnswersGiven: answered,
      innovationIdeasSubmitted: ideas,
      innovationChallengesCreated: challenges,
    };
  },
  async erase(em, person) {
    await em.nativeUpdate(ConsultationContributionEntity, { writtenBy: person.userId }, { writtenBy: null });
    await em.nativeUpdate(ConsultationContributionEntity, { answeredBy: person.userId }, { answeredBy: null });
    await em.nativeUpdate(ConsultationEndorsementEntity, { endorsedBy: person.userId }, { endorsedBy: null });
    await em.nativeUpdate(PolicyScorecardEntryEntity, { writtenBy: person.userId }, { writtenBy: null });
    await em.nativeUpdate(ConsultationFileEntity, { uploadedBy: person.userId }, { uploadedBy: null });
    await em.nativeUpdate(ConsultationEntity, { createdBy: person.userId }, { createdBy: null });
    await em.nativeDelete(ConsultationOwnerEntity, { userId: person.userId });
    await em.nativeUpdate(InnovationIdeaEntity, { submittedBy: person.userId }, { submittedBy: null });
    await em.nativeUpdate(InnovationChallengeEntity, { createdBy: person.userId }, { createdBy: null });
  },
};
