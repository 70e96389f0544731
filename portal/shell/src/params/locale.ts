import { isLocale } from '@shabaka/ui';
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => isLocale(param);
