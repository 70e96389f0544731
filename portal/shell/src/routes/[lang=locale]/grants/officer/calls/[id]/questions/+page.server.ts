// Thin route: the grants micro-frontend owns the officers' page of a call's questions.
import { answerQuestion, loadOfficerQuestions } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadOfficerQuestions;
export const actions = { answer: answerQuestion } satisfies Actions;
