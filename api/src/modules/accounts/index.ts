/**
 * Accounts: people, their credentials (Better Auth), sessions, API tokens and platform roles, and what the platform
 * holds about them. The public face of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { AccountEmailEntity } from './account-email.entity.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import {
  ApiTokenEntity,
  PasswordResetRequestEntity,
  PlatformRoleEntity,
  SignInFailureEntity,
} from './accounts.entities.js';
import { ViewerResolver } from './account.resolver.js';
import { accountsPersonalData } from './accounts.personal-data.js';
import { authService } from './auth.service.js';
import { AccountEmailChangeResolver } from './mutations/account-email-change.js';
import { AccountEmailChangeUndoResolver } from './mutations/account-email-change-undo.js';
import { AccountEmailVerifyResolver } from './mutations/account-email-verify.js';
import { AccountPasswordResetRequestResolver } from './mutations/account-password-reset-request.js';
import { AccountPasswordResetResolver } from './mutations/account-password-reset.js';
import { AccountSignUpResolver } from './mutations/account-sign-up.js';
import { ApiTokenCreateResolver } from './mutations/api-token-create.js';
import { ApiTokenRevokeResolver } from './mutations/api-token-revoke.js';
import { SessionCreateResolver } from './mutations/session-create.js';
import { SessionDeleteResolver } from './mutations/session-delete.js';
import { SessionRevokeResolver } from './mutations/session-revoke.js';
import { PersonalDataResolver } from './personal-data.resolver.js';
import { passwordResetJob } from './password-reset.service.js';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './seed/demo-accounts.js';
import { resolveViewer } from './viewer.service.js';

export { Viewer } from './account.type.js';
export { authService } from './auth.service.js';
export { normalizeEmail } from './mutations/account-input.js';
export { createPerson, type NewPerson } from './people.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.js';

export const accountsModule: PlatformModule = {
  name: 'accounts',
  entities: [
    AccountEmailEntity,
    AuthSessionEntity,
    ApiTokenEntity,
    PlatformRoleEntity,
    SignInFailureEntity,
    PasswordResetRequestEntity,
  ],
  resolvers: [
    ViewerResolver,
    PersonalDataResolver,
    AccountSignUpResolver,
    AccountEmailVerifyResolver,
    SessionCreateResolver,
    SessionDeleteResolver,
    SessionRevokeResolver,
    AccountPasswordResetRequestResolver,
    AccountPasswordResetResolver,
    AccountEmailChangeResolver,
    AccountEmailChangeUndoResolver,
    ApiTokenCreateResolver,
    ApiTokenRevokeResolver,
  ],
  personalData: accountsPersonalData,
  jobs: [passwordResetJob],
  authenticate: ({ headers, em, services }) => resolveViewer(em.getKnex(), services.get(authService).auth, headers),
  async seedDemo(em) {
    const added = await seedDemoAccounts(em.getKnex());
    return added > 0 ? `${added} of ${DEMO_ACCOUNTS.length} demo accounts` : undefined;
  },
};
