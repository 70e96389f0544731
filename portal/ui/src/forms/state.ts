/**
 * What a form action answers (the shapes every domain's pages read): the values the reader typed and an error per
 * field, so a page re-renders the form as it was with each message next to its field (with or without JavaScript).
 * Types only, so that pages import them from `@shabaka/ui` without the server helpers of `@shabaka/ui/forms`.
 */
export type FieldErrors = Record<string, string>;

export interface FormState {
  /** Which form of the page answered (a page can hold several). */
  form: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** A success message, when the action worked and stays on the page. */
  done?: string;
  /** Extra data of a success (e.g. a new API token's secret, shown once). */
  secret?: string;
}

/** An entry of a mutation's `userErrors`: the field as a path (["input", "email"]) and a stable code. */
export interface UserError {
  field?: string[] | null;
  code: string;
  message: string;
  retryAfterSeconds?: number | null;
}
