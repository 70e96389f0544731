/**
 * The portal's production server: adapter-node's build, with its request body limit (BODY_SIZE_LIMIT) derived from
 * the one upload limit, UPLOAD_MAX_BYTES, so the two can never disagree (adapter-node's own default, 512 KiB, refused
 * every certificate over half a megabyte).
 */
import { bodySizeLimit, uploadMaxBytes } from './upload-limit.js';

process.env.BODY_SIZE_LIMIT = String(bodySizeLimit(uploadMaxBytes(process.env)));
await import('./build/index.js');
