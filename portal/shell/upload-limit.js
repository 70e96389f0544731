/**
 * The one upload limit, UPLOAD_MAX_BYTES (the API's setting, read by the portal's server too; `pnpm start` passes
 * the API's value on), and the request body limit of the portal's server that follows from it.
 */

/** The default of UPLOAD_MAX_BYTES when the portal runs without it: the API's default (api/src/config.ts). */
const DEFAULT_UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/**
 * @param {Record<string, string | undefined>} env
 * @returns {number}
 */
export function uploadMaxBytes(env) {
  const value = Number(env.UPLOAD_MAX_BYTES);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_UPLOAD_MAX_BYTES;
}

/**
 * The portal's request body limit (adapter-node's BODY_SIZE_LIMIT): a file up to twice the upload limit still
 * reaches the form action, which answers "larger than 5 MB" next to the field; the form's other fields and the
 * multipart envelope fit in the 64 KiB on top.
 * @param {number} maxBytes
 * @returns {number}
 */
export function bodySizeLimit(maxBytes) {
  return 2 * maxBytes + 64 * 1024;
}
