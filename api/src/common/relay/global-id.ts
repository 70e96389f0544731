import { BadUserInputError } from '../errors/api-errors.js';

/**
 * Global object identification (Relay): `id` is an opaque base64url of `<Type>:<key>`, unique across types, so
 * `node(id)` can fetch any object. Each type's own stable key (a UUID) stays available as its own field.
 */
export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: string; key: string } | undefined {
  if (id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) return undefined;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return undefined;
  return { type: decoded.slice(0, separator), key: decoded.slice(separator + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The uuid behind a global id of `type`, or a BAD_USER_INPUT error naming the argument. A bare uuid is accepted too
 * where the contract once returned one (claim ids before they were global).
 */
export function globalUuid(type: string, value: string, argument: string, what: string): string {
  if (isUuid(value)) return value;
  const id = fromGlobalId(value);
  if (id?.type !== type || !isUuid(id.key)) throw new BadUserInputError(argument, `is not the id of ${what}`);
  return id.key;
}
