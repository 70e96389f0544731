/**
 * The API's upload refusals in the reader's words (issue 13 item 29): the API sends a reason code with the numbers the
 * sentence needs (`extensions.reason`, `maxBytes`, `maxSide`), never only its English message; an answer without one
 * (an older API) is read by its status.
 */
import { formatFileSize, formatNumber, translate, type Locale } from './i18n.js';
import * as m from './paraglide/messages.js';

interface Problem {
  errors?: { message?: string; extensions?: { code?: string; reason?: string; maxBytes?: number; maxSide?: number } }[];
}

/** What kind of file the form asked for: the words for a wrong type differ. */
export type UploadKind = 'document' | 'pdf' | 'image';

export function uploadRefusalText(
  status: number,
  body: unknown,
  locale: Locale,
  kind: UploadKind,
  maxBytes: number,
): string {
  const t = translate(locale);
  const extensions = (body as Problem | null)?.errors?.[0]?.extensions ?? {};
  const reason =
    extensions.reason ??
    (status === 415 ? 'FILE_TYPE' : status === 413 ? 'FILE_TOO_LARGE' : status === 429 ? 'RATE_LIMITED' : undefined);
  switch (reason ?? 'UNKNOWN') {
    case 'FILE_TYPE':
      return kind === 'image' ? t(m.fileNotImage) : kind === 'pdf' ? t(m.fileNotPdf) : t(m.fileWrongType);
    case 'FILE_TOO_LARGE':
      return t(m.fileTooLarge, { size: formatFileSize(extensions.maxBytes ?? maxBytes, locale) });
    case 'FILE_EMPTY':
      return t(m.noFile);
    case 'FILE_DIMENSIONS':
      return t(m.fileDimensions, { side: formatNumber(extensions.maxSide ?? 4096, locale) });
    case 'FILE_UNREADABLE':
      return t(m.fileUnreadable);
    case 'RATE_LIMITED':
      return t(m.fileRateLimited);
    case 'QUOTA_EXCEEDED':
      return t(m.fileQuota);
    default:
      return t(m.fileRejected, { reason: formatNumber(status, locale) });
  }
}
