import { manifest as directory } from '@shabaka/domain-directory';
import { manifest as grants } from '@shabaka/domain-grants';
import { manifest as identity } from '@shabaka/domain-identity';
import { manifest as participation } from '@shabaka/domain-participation';
import { manifest as partnerships } from '@shabaka/domain-partnerships';
import { manifest as results } from '@shabaka/domain-results';
import { manifest as services } from '@shabaka/domain-services';
import { manifest as training } from '@shabaka/domain-training';
import { manifest as workspace } from '@shabaka/domain-workspace';
import type { WorkspaceSection } from '@shabaka/ui';

/** The mounted micro-frontends, in navigation order. */
export const domains = [directory, services, partnerships, training, grants, participation, results];

/** What the domains add to every organisation's workspace, in navigation order (the workspace imports none of them). */
export const workspaceSections: readonly WorkspaceSection[] = [identity, workspace, ...domains].flatMap(
  (domain) => domain.workspaceSections ?? [],
);
