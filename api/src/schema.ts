import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  CodeListResolver,
  GovernorateIdResolver,
  LegalFormIdResolver,
  SectorIdResolver,
  TargetGroupIdResolver,
} from './modules/directory/code-list.resolver.js';
import {
  OrganizationConnectionResolver,
  OrganizationEdgeResolver,
  OrganizationResolver,
} from './modules/directory/organization.resolver.js';
import { PlatformResolver } from './modules/platform/platform.resolver.js';
import { authChecker } from './common/auth/auth-checker.js';
import { ViewerResolver } from './modules/accounts/account.resolver.js';
import { PersonalDataResolver } from './modules/accounts/personal-data.resolver.js';
import { AccountEmailChangeResolver } from './modules/accounts/mutations/account-email-change.js';
import { AccountEmailVerifyResolver } from './modules/accounts/mutations/account-email-verify.js';
import { AccountPasswordResetRequestResolver } from './modules/accounts/mutations/account-password-reset-request.js';
import { AccountPasswordResetResolver } from './modules/accounts/mutations/account-password-reset.js';
import { AccountSignUpResolver } from './modules/accounts/mutations/account-sign-up.js';
import { ApiTokenCreateResolver } from './modules/accounts/mutations/api-token-create.js';
import { ApiTokenRevokeResolver } from './modules/accounts/mutations/api-token-revoke.js';
import { SessionCreateResolver } from './modules/accounts/mutations/session-create.js';
import { SessionDeleteResolver } from './modules/accounts/mutations/session-delete.js';
import { SessionRevokeResolver } from './modules/accounts/mutations/session-revoke.js';
import { OrganizationClaimDecideResolver } from './modules/membership/mutations/organization-claim-decide.js';
import { OrganizationClaimResolver } from './modules/membership/mutations/organization-claim.js';
import { OrganizationInvitationAcceptResolver } from './modules/membership/mutations/organization-invitation-accept.js';
import { OrganizationMemberInviteResolver } from './modules/membership/mutations/organization-member-invite.js';
import { OrganizationMemberUpdateResolver } from './modules/membership/mutations/organization-member-update.js';
import { OrganizationRegisterResolver } from './modules/membership/mutations/organization-register.js';
import { OrganizationClaimsResolver } from './modules/membership/organization-claims.resolver.js';
import { OrganizationMembersResolver } from './modules/membership/organization-members.resolver.js';
import { AuditEventResolver } from './modules/verification/audit.resolver.js';
import { OrganizationVerificationDecideResolver } from './modules/verification/mutations/organization-verification-decide.js';
import { OrganizationVerificationSubmitResolver } from './modules/verification/mutations/organization-verification-submit.js';
import { OrganizationUpdateResolver } from './modules/directory/mutations/organization-update.js';
import { NodeResolver } from './modules/relay/node.resolver.js';

/** Every resolver of the API; a module adds its resolvers here. */
export const resolvers = [
  PlatformResolver,
  NodeResolver,
  CodeListResolver,
  GovernorateIdResolver,
  LegalFormIdResolver,
  SectorIdResolver,
  TargetGroupIdResolver,
  OrganizationResolver,
  OrganizationConnectionResolver,
  OrganizationEdgeResolver,
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
  ApiTokenCreateResolver,
  ApiTokenRevokeResolver,
  OrganizationRegisterResolver,
  OrganizationUpdateResolver,
  OrganizationClaimResolver,
  OrganizationClaimDecideResolver,
  OrganizationMemberInviteResolver,
  OrganizationInvitationAcceptResolver,
  OrganizationMemberUpdateResolver,
  OrganizationMembersResolver,
  OrganizationClaimsResolver,
  OrganizationVerificationSubmitResolver,
  OrganizationVerificationDecideResolver,
  AuditEventResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers],
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  }).then((schema) => {
    // type-graphql has no place for the root types' descriptions
    const query = schema.getQueryType();
    if (query)
      query.description = 'Reads: the public directory and code lists for everyone; the rest by role (see the README).';
    const mutation = schema.getMutationType();
    if (mutation) {
      mutation.description =
        'Changes, each returning a payload with the object changed and userErrors (expected failures, next to their field).';
    }
    return schema;
  });
  return built;
}

const HEADER = [
  '# The public contract of the Shabaka GraphQL API.',
  '# Generated from the API code by `pnpm schema:emit`; do not edit. CI fails when it differs from the code.',
  '',
  '',
].join('\n');

/** The schema as committed in schema/schema.graphql: sorted, so that it only changes when the API does. */
export async function printContract(): Promise<string> {
  return `${HEADER}${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
