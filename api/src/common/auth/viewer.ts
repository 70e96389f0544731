/**
 * Who is asking: nobody (the public), a person signed in with a session cookie, or a person's API token. Built once
 * per request (app.ts) and read by the auth checker and the resolvers.
 */
export const PLATFORM_ROLES = ['REVIEWER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'] as const;
export type PlatformRoleName = (typeof PLATFORM_ROLES)[number];

export const MEMBER_ROLES = ['OWNER', 'EDITOR', 'VIEWER'] as const;
export type MemberRoleName = (typeof MEMBER_ROLES)[number];

export interface Viewer {
  userId: string;
  email: string;
  name: string;
  emailVerified: boolean;
  roles: ReadonlySet<PlatformRoleName>;
  /** Directory organisation id → the person's role in it. */
  memberships: ReadonlyMap<string, MemberRoleName>;
  via: { kind: 'SESSION'; sessionId: string } | { kind: 'API_TOKEN'; tokenId: string; scope: ApiTokenScopeName };
}

/** What an API token may do: queries only, or queries and mutations (never session management). */
export type ApiTokenScopeName = 'READ_ONLY' | 'READ_WRITE';

/** Officers of the programme and of MoSD see and decide what organisations submit. */
export function isOfficer(viewer: Viewer | null): boolean {
  return Boolean(
    viewer &&
    (viewer.roles.has('PROGRAMME_OFFICER') || viewer.roles.has('MOSD_OFFICIAL') || viewer.roles.has('ADMINISTRATOR')),
  );
}

const RANK: Record<MemberRoleName, number> = { VIEWER: 1, EDITOR: 2, OWNER: 3 };

/** Whether the viewer holds at least `role` in the organisation. */
export function hasMemberRole(viewer: Viewer | null, organizationId: string, role: MemberRoleName): boolean {
  const held = viewer?.memberships.get(organizationId);
  return held !== undefined && RANK[held] >= RANK[role];
}
