// Thin route: the training micro-frontend owns this page's data and form (officers).
import { createCourse, loadCourseForm } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadCourseForm;
export const actions = { default: createCourse } satisfies Actions;
