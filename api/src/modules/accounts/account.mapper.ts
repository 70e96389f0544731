import type { Viewer as Principal } from '../../common/auth/viewer.js';
import { Credential, PlatformRole, Viewer } from './account.type.js';

export function toViewer(principal: Principal): Viewer {
  return Object.assign(new Viewer(), {
    principal,
    uuid: principal.userId,
    name: principal.name,
    email: principal.email,
    emailVerified: principal.emailVerified,
    roles: [...principal.roles].map((role) => PlatformRole[role]),
    credential: principal.via.kind === 'SESSION' ? Credential.SESSION : Credential.API_TOKEN,
  });
}
