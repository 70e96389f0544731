/** A list page's address with its filters and a cursor, empty values left out (the GET form's own shape). */
export function filterHref(action: string, values: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${action}?${query}` : action;
}
