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
