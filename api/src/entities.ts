/**
 * Every MikroORM entity of the API, listed explicitly: no folder scanning, so the server, the CLI and the tests
 * (tsx, compiled JavaScript, vitest) see the same set. A module adds its entities here.
 */
import type { EntityClass } from '@mikro-orm/core';
import {
  GovernorateEntity,
  LegalFormEntity,
  SectorEntity,
  TargetGroupEntity,
} from './modules/directory/code-list.entity.js';
import {
  CapacityAssessmentEntity,
  OrganizationContactEntity,
  OrganizationEntity,
  OrganizationIdentifierEntity,
  OrganizationSectorEntity,
  OrganizationTargetGroupEntity,
} from './modules/directory/organization.entity.js';

export const entities: EntityClass<unknown>[] = [
  GovernorateEntity,
  LegalFormEntity,
  SectorEntity,
  TargetGroupEntity,
  OrganizationEntity,
  OrganizationIdentifierEntity,
  OrganizationSectorEntity,
  OrganizationTargetGroupEntity,
  OrganizationContactEntity,
  CapacityAssessmentEntity,
];
