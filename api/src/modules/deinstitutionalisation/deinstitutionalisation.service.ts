/**
 * Officers' side of deinstitutionalisation: institutions (create, edit) and each quarter's figures (record, correct),
 * every rule checked before anything is written, the row locked while it changes, the `version` compared when the
 * form sent one, and the audit event in the same transaction.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { cachedCodeLists } from '../directory/index.js';
import {
  CareInstitutionEntity,
  CareInstitutionQuarterEntity,
  type CareOwnershipValue,
} from './deinstitutionalisation.entities.js';
import {
  DeinstitutionalisationErrorCode as Code,
  deinstError,
  type DeinstitutionalisationError,
} from './deinstitutionalisation.errors.js';
import { DeinstitutionalisationRepository } from './deinstitutionalisation.repository.js';

export interface Officer {
  userId: string;
  requestId: string;
}

export interface InstitutionFields {
  nameAr?: string | null;
  nameEn?: string | null;
  ownership?: CareOwnershipValue | null;
  governorate?: string | null;
  capacity?: number | null;
  active?: boolean | null;
}

export interface QuarterFigures {
  year: number;
  quarter: number;
  residents: number;
  transitionsToFamily: number;
  transitionsToCommunity: number;
  communityPlaces: number;
}

type Outcome<T> = { ok: T } | { errors: DeinstitutionalisationError[] };

const clean = (text: string | null | undefined): string | null | undefined =>
  text === undefined ? undefined : text === null ? null : text.trim() || null;

/** The rules of a quarter's figures that need no database: negative counts, transitions over residents. */
export function figureErrors(figures: QuarterFigures): DeinstitutionalisationError[] {
  const errors: DeinstitutionalisationError[] = [];
  for (const field of ['residents', 'transitionsToFamily', 'transitionsToCommunity', 'communityPlaces'] as const) {
    if (figures[field] < 0) errors.push(deinstError(Code.NEGATIVE_NUMBER, 'cannot be negative', field));
  }
  if (errors.length) return errors;
  if (figures.transitionsToFamily + figures.transitionsToCommunity > figures.residents) {
    errors.push(
      deinstError(
        Code.TRANSITIONS_EXCEED_RESIDENTS,
        `transitions (${figures.transitionsToFamily + figures.transitionsToCommunity}) cannot exceed the residents (${figures.residents})`,
        'transitionsToFamily',
      ),
    );
  }
  return errors;
}

export class DeinstitutionalisationService {
  constructor(private readonly em: EntityManager) {}

  async createInstitution(fields: InstitutionFields, officer: Officer): Promise<Outcome<CareInstitutionEntity>> {
    const institution = new CareInstitutionEntity();
    const errors = await this.applyInstitution(institution, fields, true, 0);
    if (errors.length) return { errors };
    institution.createdBy = officer.userId;
    await this.em.transactional((em) => {
      em.persist(institution);
      audit(em, {
        actorId: officer.userId,
        action: 'CARE_INSTITUTION_CREATED',
        subjectType: 'CareInstitution',
        subjectId: institution.id,
        requestId: officer.requestId,
      });
      return Promise.resolve();
    });
    return { ok: institution };
  }

  async updateInstitution(
    institutionId: string,
    fields: InstitutionFields,
    expectedVersion: number | null | undefined,
    officer: Officer,
  ): Promise<Outcome<CareInstitutionEntity>> {
    return this.em.transactional(async (em) => {
      const institution = await em.findOne(
        CareInstitutionEntity,
        { id: institutionId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!institution) throw new NotFoundError('CareInstitution');
      if (expectedVersion != null && institution.version !== expectedVersion) {
        return {
          errors: [
            deinstError(
              Code.CONFLICT,
              `the institution was changed meanwhile (it is now at version ${institution.version}): reload it`,
              'expectedVersion',
            ),
          ],
        };
      }
      const maxResidents = await new DeinstitutionalisationRepository(em).maxResidents(institutionId);
      const errors = await this.applyInstitution(institution, fields, false, maxResidents);
      if (errors.length) {
        em.clear();
        return { errors };
      }
      audit(em, {
        actorId: officer.userId,
        action: 'CARE_INSTITUTION_UPDATED',
        subjectType: 'CareInstitution',
        subjectId: institution.id,
        requestId: officer.requestId,
      });
      return { ok: institution };
    });
  }

  /**
   * Records a quarter's figures, or corrects them when `expectedVersion` is given (it must be their version): a
   * future quarter, negative counts, transitions over residents and residents over capacity are refused.
   */
  async recordQuarter(
    institutionId: string,
    figures: QuarterFigures,
    expectedVersion: number | null | undefined,
    officer: Officer,
  ): Promise<Outcome<{ institution: CareInstitutionEntity; figures: CareInstitutionQuarterEntity }>> {
    const errors = figureErrors(figures);
    const now = await new DeinstitutionalisationRepository(this.em).currentQuarter();
    if (figures.year * 4 + figures.quarter > now.year * 4 + now.quarter) {
      errors.unshift(
        deinstError(
          Code.FUTURE_QUARTER,
          `${figures.year}-Q${figures.quarter} has not started yet (it is ${now.year}-Q${now.quarter} in Amman)`,
          'quarter',
        ),
      );
    }
    return this.em.transactional(async (em) => {
      // the institution is locked so that a capacity change and a recording do not pass each other
      const institution = await em.findOne(
        CareInstitutionEntity,
        { id: institutionId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!institution) throw new NotFoundError('CareInstitution');
      if (!errors.length && figures.residents > institution.capacity) {
        errors.push(
          deinstError(
            Code.CAPACITY_EXCEEDED,
            `residents (${figures.residents}) cannot exceed the institution's capacity (${institution.capacity})`,
            'residents',
          ),
        );
      }
      if (errors.length) return { errors };
      let row = await em.findOne(CareInstitutionQuarterEntity, {
        institutionId,
        year: figures.year,
        quarter: figures.quarter,
      });
      if (row && expectedVersion == null) {
        return {
          errors: [
            deinstError(
              Code.ALREADY_RECORDED,
              `the figures of ${figures.year}-Q${figures.quarter} are already recorded (version ${row.version}): correct them instead`,
              'quarter',
            ),
          ],
        };
      }
      if (expectedVersion != null && (!row || row.version !== expectedVersion)) {
        return {
          errors: [
            deinstError(
              Code.CONFLICT,
              row
                ? `the figures were corrected meanwhile (they are now at version ${row.version}): reload them`
                : 'these figures are not recorded yet: record them without expectedVersion',
              'expectedVersion',
            ),
          ],
        };
      }
      const correcting = row !== null;
      row ??= Object.assign(new CareInstitutionQuarterEntity(), {
        institutionId,
        year: figures.year,
        quarter: figures.quarter,
      });
      Object.assign(row, {
        residents: figures.residents,
        transitionsToFamily: figures.transitionsToFamily,
        transitionsToCommunity: figures.transitionsToCommunity,
        communityPlaces: figures.communityPlaces,
        recordedBy: officer.userId,
      });
      em.persist(row);
      audit(em, {
        actorId: officer.userId,
        action: correcting ? 'CARE_INSTITUTION_QUARTER_CORRECTED' : 'CARE_INSTITUTION_QUARTER_RECORDED',
        subjectType: 'CareInstitution',
        subjectId: institution.id,
        to: `${figures.year}-Q${figures.quarter}`,
        requestId: officer.requestId,
      });
      await em.flush();
      return { ok: { institution, figures: row } };
    });
  }

  private async applyInstitution(
    institution: CareInstitutionEntity,
    fields: InstitutionFields,
    creating: boolean,
    maxResidents: number,
  ): Promise<DeinstitutionalisationError[]> {
    const errors: DeinstitutionalisationError[] = [];
    const nameAr = clean(fields.nameAr);
    const nameEn = clean(fields.nameEn);
    if (nameAr !== undefined) institution.nameAr = nameAr;
    if (nameEn !== undefined) institution.nameEn = nameEn;
    if (!institution.nameAr && !institution.nameEn) {
      errors.push(deinstError(Code.NAME_REQUIRED, 'give a name in Arabic or English', 'nameAr'));
    }
    if (fields.ownership != null) institution.ownership = fields.ownership;
    else if (creating) errors.push(deinstError(Code.UNKNOWN_CODE, 'choose public or private', 'ownership'));
    if (fields.governorate != null) {
      if (!(await cachedCodeLists(this.em)).governorates.has(fields.governorate)) {
        errors.push(deinstError(Code.UNKNOWN_CODE, 'not a governorate (see governorates)', 'governorate'));
      } else institution.governorateCode = fields.governorate;
    } else if (creating) errors.push(deinstError(Code.UNKNOWN_CODE, 'choose a governorate', 'governorate'));
    if (fields.capacity != null) {
      if (fields.capacity < 1) {
        errors.push(deinstError(Code.NEGATIVE_NUMBER, 'a capacity is at least 1', 'capacity'));
      } else if (fields.capacity < maxResidents) {
        errors.push(
          deinstError(
            Code.CAPACITY_EXCEEDED,
            `a recorded quarter has ${maxResidents} residents: the capacity cannot be lower`,
            'capacity',
          ),
        );
      } else institution.capacity = fields.capacity;
    } else if (creating) errors.push(deinstError(Code.NEGATIVE_NUMBER, 'give the capacity (at least 1)', 'capacity'));
    if (fields.active != null) institution.active = fields.active;
    return errors;
  }
}
