// The certificate's PDF, relayed from the API with the reader's session (the API decides who may read it).
import { downloadCertificate } from '@shabaka/domain-training';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadCertificate(event);
