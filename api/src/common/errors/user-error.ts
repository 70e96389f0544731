/**
 * Expected failures of a mutation are data (`userErrors` in its payload), not top-level errors. Every domain has its
 * own error type and codes (`DirectoryError` with `DirectoryErrorCode`, ...), all of the one shape below and all
 * implementing the `UserError` interface, so a client can read any of them the same way.
 *
 * ```ts
 * @ObjectType('DirectoryError', { implements: UserError, description: 'An expected failure of a directory mutation.' })
 * export class DirectoryError extends UserErrorFields('DirectoryError', DirectoryErrorCode) {}
 * export const directoryError = userErrorOf(DirectoryError);
 * ```
 */
import { Field, InterfaceType, ObjectType, type ClassType } from 'type-graphql';

@InterfaceType('UserError', {
  description: 'An expected failure of a mutation: which input field it concerns, and what went wrong.',
})
export abstract class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path of the input field concerned, e.g. ["input", "email"]; null when it concerns no field.',
  })
  field!: string[] | null;

  @Field(() => String, { description: 'What went wrong, in words (English; clients translate the code).' })
  message!: string;
}

/**
 * The fields of a domain's error type `name`, with its code enum (registered with `registerEnumType`). The base is
 * never returned by a resolver, so it is not part of the schema (type-graphql emits reachable types only).
 */
export function UserErrorFields<TCode extends string>(name: string, codes: Record<string, TCode>) {
  @ObjectType(`${name}Fields`)
  abstract class DomainUserError extends UserError {
    @Field(() => codes, { description: 'What went wrong, as a stable code.' })
    code!: TCode;
  }
  return DomainUserError;
}

/**
 * The path of an input field: `'email'` is `["input", "email"]`, a path is taken as given below `input`, and null
 * names no field.
 */
export function inputField(field: string | readonly string[] | null): string[] | null {
  if (field === null) return null;
  return ['input', ...(typeof field === 'string' ? [field] : field)];
}

/** A maker of one domain's errors: `directoryError(DirectoryErrorCode.NAME_REQUIRED, 'give a name', 'nameAr')`. */
export function userErrorOf<
  TCode extends string,
  TError extends { code: TCode; message: string; field: string[] | null },
>(type: ClassType<TError>) {
  return (
    code: TCode,
    message: string,
    field: string | readonly string[] | null,
    extra: Partial<TError> = {},
  ): TError => Object.assign(new type(), extra, { code, message, field: inputField(field) });
}
