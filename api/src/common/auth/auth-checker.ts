/**
 * The one authorisation mechanism: type-graphql's `@Authorized(...rules)` next to each protected query field and
 * mutation, checked here. A rule list grants access when any rule holds:
 * - `SIGNED_IN`: any signed-in person (session or API token);
 * - a platform role (`REVIEWER`, `PROGRAMME_OFFICER`, `MOSD_OFFICIAL`, `ADMINISTRATOR`);
 * - `ORGANIZATION_OWNER`, `ORGANIZATION_EDITOR`, `ORGANIZATION_MEMBER`: a role in the organisation the field is about
 *   (the parent object when it is an Organization, else the `organizationId` argument or input field).
 * Anonymous requests get UNAUTHENTICATED, others FORBIDDEN; the same answer whatever the data, so an error never tells
 * whether something exists.
 */
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/api-errors.js';
import { fromGlobalId, isUuid } from '../relay/global-id.js';
import type { AuthContext } from './auth-context.js';
import { hasMemberRole, PLATFORM_ROLES, type MemberRoleName, type PlatformRoleName, type Viewer } from './viewer.js';

export const ORGANIZATION_RULES = {
  ORGANIZATION_OWNER: 'OWNER',
  ORGANIZATION_EDITOR: 'EDITOR',
  ORGANIZATION_MEMBER: 'VIEWER',
} as const satisfies Record<string, MemberRoleName>;

export type AuthRule = 'SIGNED_IN' | PlatformRoleName | keyof typeof ORGANIZATION_RULES;

/** An object that belongs to one directory organisation (its fields are checked against membership of it). */
export interface OrganizationScoped {
  readonly scopeOrganizationId: string;
}

/** The directory organisation (uuid) a field or mutation is about, if any. */
export function organizationOf(root: unknown, args: Record<string, unknown>): string | undefined {
  if (root && typeof root === 'object' && 'scopeOrganizationId' in root) {
    return (root as OrganizationScoped).scopeOrganizationId;
  }
  const input = args.input && typeof args.input === 'object' ? (args.input as Record<string, unknown>) : {};
  const raw = args.organizationId ?? input.organizationId;
  if (typeof raw !== 'string') return undefined;
  const id = fromGlobalId(raw);
  return id?.type === 'Organization' && isUuid(id.key) ? id.key : undefined;
}

export function allows(viewer: Viewer, rule: AuthRule, organizationId: string | undefined): boolean {
  if (rule === 'SIGNED_IN') return true;
  if ((PLATFORM_ROLES as readonly string[]).includes(rule)) return viewer.roles.has(rule as PlatformRoleName);
  const role = ORGANIZATION_RULES[rule as keyof typeof ORGANIZATION_RULES];
  return organizationId !== undefined && hasMemberRole(viewer, organizationId, role);
}

export const authChecker: AuthChecker<AuthContext, AuthRule> = ({ root, args, context }, rules) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const organizationId = organizationOf(root, args);
  if (rules.length === 0 || rules.some((rule) => allows(viewer, rule, organizationId))) return true;
  throw new ForbiddenError();
};
