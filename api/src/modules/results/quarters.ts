/** Calendar quarters in Asia/Amman, written `2026-Q4`, as the results framework reports them. */
const AMMAN = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Amman', year: 'numeric', month: '2-digit' });

export const QUARTER_PATTERN = /^[0-9]{4}-Q[1-4]$/;

/** The SQL of a timestamptz's quarter in Asia/Amman. */
export const quarterSql = (column: string): string => `to_char(${column} at time zone 'Asia/Amman', 'YYYY"-Q"Q')`;

export function quarterOf(date: Date): string {
  const parts = AMMAN.formatToParts(date);
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** Every quarter from `first` to `last`, both included (just `last` when `first` comes after it). */
export function quarterRange(first: string, last: string): string[] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const out: string[] = [];
  for (let i = Math.min(index(first), index(last)); i <= index(last); i++)
    out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}
