import { manifest as directory } from '@shabaka/domain-directory';
import { manifest as grants } from '@shabaka/domain-grants';
import { manifest as partnerships } from '@shabaka/domain-partnerships';
import { manifest as results } from '@shabaka/domain-results';
import { manifest as training } from '@shabaka/domain-training';

/** The mounted micro-frontends, in navigation order. */
export const domains = [directory, partnerships, training, grants, results];
