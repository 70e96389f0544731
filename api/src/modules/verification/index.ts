/**
 * Verification: organisations submit their MoSD registration evidence, officers verify or reject it. The public face
 * of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { evidenceDownloadRoute, evidenceUploadRoute } from './evidence.routes.js';
import { OrganizationVerificationDecideResolver } from './mutations/organization-verification-decide.js';
import { OrganizationVerificationSubmitResolver } from './mutations/organization-verification-submit.js';
import { OrganizationVerificationResolver } from './verification.resolver.js';
import { verificationPersonalData } from './verification.personal-data.js';
import { VerificationEvidenceEntity } from './verification-evidence.entity.js';

export { VerificationService } from './verification.service.js';
export { removeOrphanedEvidence } from './evidence.storage.js';

export const verificationModule: PlatformModule = {
  name: 'verification',
  entities: [VerificationEvidenceEntity],
  resolvers: [
    OrganizationVerificationResolver,
    OrganizationVerificationSubmitResolver,
    OrganizationVerificationDecideResolver,
  ],
  routes: [evidenceUploadRoute, evidenceDownloadRoute],
  personalData: verificationPersonalData,
};
