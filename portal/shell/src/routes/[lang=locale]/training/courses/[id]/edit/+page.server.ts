// Thin route: the training micro-frontend owns this page's data and form (officers).
import { loadCourseEdit, updateCourse } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadCourseEdit;
export const actions = { default: updateCourse } satisfies Actions;
