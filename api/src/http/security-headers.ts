import type { ServerResponse } from 'node:http';

/**
 * Headers of every answer: no sniffing, no referrer, never framed; answers that are data get a policy that lets
 * them load and run nothing (routes that serve files or pages set their own); HTTPS deployments ask browsers to stay
 * on HTTPS.
 */
export function setSecurityHeaders(res: ServerResponse, publicUrl: string): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  if (publicUrl.startsWith('https:')) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
