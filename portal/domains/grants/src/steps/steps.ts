/**
 * The application form's steps, each its own page under /grants/applications/[id]/<step>, and the names of their
 * fields: several objectives each with several indicators, and budget lines, posted as numbered fields so that the
 * form works without JavaScript (one blank row more than saved; blank rows are dropped on save).
 */
import type { GrantBudgetCategory } from '@shabaka/graphql';
import { centsOf, typedEuros } from '../money.js';

export const STEPS = ['consortium', 'project', 'logframe', 'budget', 'review'] as const;
export type Step = (typeof STEPS)[number];

/** Posts a step's form as an autosave (the shell provides it): the draft's new version, or null when refused. */
export type Autosave = (form: HTMLFormElement) => Promise<number | null>;

/** The page of a step (the consortium is the application's own page). */
export const stepPath = (uuid: string, step: Step): string =>
  step === 'consortium' ? `grants/applications/${uuid}` : `grants/applications/${uuid}/${step}`;

/** The step that holds an API field (the first segment of a userError's path). */
/** A userError's path without the mutation's argument name (['input', 'logframe', '1'] → ['logframe', '1']). */
const inputPath = (field: readonly string[] | null | undefined): readonly string[] =>
  field?.[0] === 'input' ? field.slice(1) : (field ?? []);

export function stepOfField(field: readonly string[] | null | undefined): Step {
  const head = inputPath(field)[0] ?? '';
  if (head === 'logframe') return 'logframe';
  if (head === 'budgetLines') return 'budget';
  if (['coApplicantIds', 'associateIds', 'leadOrganizationId'].includes(head)) return 'consortium';
  if (['applicationId', 'idempotencyKey', 'version', 'attachments', ''].includes(head)) return 'review';
  return 'project';
}

/**
 * A userError's path as the step form's field: ['logframe','1'] → 'o1', ['logframe','1','indicators','0'] →
 * 'o1i0', ['budgetLines','2','currency'] → 'line2', ['targetGroups','0','code'] → 'targetGroup'.
 */
export function formFieldOf(given: readonly string[] | null | undefined): string {
  const field = inputPath(given);
  if (field.length === 0) return '_form';
  const [head, index, sub, subIndex] = field;
  if (head === 'logframe') {
    if (index === undefined) return 'logframe';
    return sub === 'indicators' && subIndex !== undefined ? `o${index}i${subIndex}` : `o${index}`;
  }
  if (head === 'budgetLines') return index === undefined ? 'budgetLines' : `line${index}`;
  if (head === 'attachments') return `doc-${index ?? ''}`;
  if (head === 'targetGroups') return sub === 'expectedBeneficiaries' ? 'expectedBeneficiaries' : 'targetGroup';
  if (['governorates', 'applicationId', 'version', 'idempotencyKey'].includes(head!)) return '_form';
  return head!;
}

export interface IndicatorRow {
  ar: string;
  en: string;
  baseline: string;
  target: string;
}
export interface ObjectiveRow {
  ar: string;
  en: string;
  indicators: IndicatorRow[];
}
export interface BudgetRow {
  category: string;
  description: string;
  requested: string;
  cofinancing: string;
}

/** Most rows a form posts (the API's own limits are 20 objectives, 20 indicators each). */
const MAX_OBJECTIVES = 20;
const MAX_INDICATORS = 20;
const MAX_LINES = 100;

const count = (values: Record<string, string>, name: string, max: number): number =>
  Math.min(max, Math.max(0, Number.parseInt(values[name] ?? '0', 10) || 0));

const blankIndicator = (): IndicatorRow => ({ ar: '', en: '', baseline: '', target: '' });
const blankObjective = (): ObjectiveRow => ({ ar: '', en: '', indicators: [blankIndicator()] });
export const blankLine = (): BudgetRow => ({ category: '', description: '', requested: '', cofinancing: '' });

const isBlankIndicator = (r: IndicatorRow) => !r.ar && !r.en && !r.baseline && !r.target;
const isBlankObjective = (o: ObjectiveRow) => !o.ar && !o.en && o.indicators.every(isBlankIndicator);
export const isBlankLine = (r: BudgetRow) =>
  !r.description && !r.category && (centsOf(r.requested) ?? 1) === 0 && (centsOf(r.cofinancing) ?? 1) === 0;

/** The logframe as posted (values of the form, by their numbered names). */
export function objectivesOf(values: Record<string, string>): ObjectiveRow[] {
  const v = (name: string) => (values[name] ?? '').trim();
  return Array.from({ length: count(values, 'objectives', MAX_OBJECTIVES) }, (_, i) => ({
    ar: v(`o${i}Ar`),
    en: v(`o${i}En`),
    indicators: Array.from({ length: count(values, `o${i}Indicators`, MAX_INDICATORS) }, (_, j) => ({
      ar: v(`o${i}i${j}Ar`),
      en: v(`o${i}i${j}En`),
      baseline: v(`o${i}i${j}Baseline`),
      target: v(`o${i}i${j}Target`),
    })),
  }));
}

/** The objectives to save: blank objectives and blank indicators left out. */
export function objectivesToSave(rows: readonly ObjectiveRow[]) {
  return rows
    .filter((o) => !isBlankObjective(o))
    .map((o) => ({
      textAr: o.ar || null,
      textEn: o.en || null,
      indicators: o.indicators
        .filter((r) => !isBlankIndicator(r))
        .map((r) => ({ textAr: r.ar || null, textEn: r.en || null, baseline: r.baseline, target: r.target })),
    }));
}

/** The logframe as the form shows it: each objective with one blank indicator more, and one blank objective more. */
export function objectivesForForm(
  saved: readonly {
    text: { ar?: string | null; en?: string | null };
    indicators: readonly {
      text: { ar?: string | null; en?: string | null };
      baseline: string;
      target: string;
    }[];
  }[],
): ObjectiveRow[] {
  return [
    ...saved.map((o) => ({
      ar: o.text.ar ?? '',
      en: o.text.en ?? '',
      indicators: [
        ...o.indicators.map((r) => ({
          ar: r.text.ar ?? '',
          en: r.text.en ?? '',
          baseline: r.baseline,
          target: r.target,
        })),
        blankIndicator(),
      ],
    })),
    blankObjective(),
  ];
}

/** The budget lines as posted. */
export function linesOf(values: Record<string, string>): BudgetRow[] {
  const v = (name: string) => (values[name] ?? '').trim();
  return Array.from({ length: count(values, 'lines', MAX_LINES) }, (_, i) => ({
    category: v(`line${i}Category`),
    description: v(`line${i}Description`),
    requested: v(`line${i}Requested`),
    cofinancing: v(`line${i}Cofinancing`),
  }));
}

/** The budget lines as the form shows them: the saved ones and two blank ones. */
export function linesForForm(
  saved: readonly {
    category: string;
    description: string;
    requested: { amountMinor: number };
    cofinancing: { amountMinor: number };
  }[],
): BudgetRow[] {
  return [
    ...saved.map((l) => ({
      category: l.category,
      description: l.description,
      requested: typedEuros(l.requested.amountMinor),
      cofinancing: typedEuros(l.cofinancing.amountMinor),
    })),
    blankLine(),
    blankLine(),
  ];
}

/** The budget's totals in minor units (what does not read as an amount counts as 0) and the co-financing share. */
export function budgetTotalsOf(rows: readonly BudgetRow[]) {
  const requested = rows.reduce((sum, row) => sum + (centsOf(row.requested) ?? 0), 0);
  const cofinancing = rows.reduce((sum, row) => sum + (centsOf(row.cofinancing) ?? 0), 0);
  const total = requested + cofinancing;
  return { requested, cofinancing, total, bps: total === 0 ? 0 : Math.floor((cofinancing * 10_000) / total) };
}

export type { GrantBudgetCategory };
