/**
 * The platform itself: facts about it (name, version, time zone, database state) and the audit log every module
 * writes to. The public face of the module.
 */
import 'reflect-metadata';
import { AuditEventEntity } from '../../common/audit/audit-event.entity.js';
import { EmailOutboxEntity } from '../../common/email/email-outbox.entity.js';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { RateLimitWindowEntity } from '../../common/rate-limit/rate-limit-window.entity.js';
import { AuditEventResolver, auditEventByKey } from './audit.resolver.js';
import { PlatformResolver } from './platform.resolver.js';

export const platformModule: PlatformModule = {
  name: 'platform',
  // the shared mechanisms' tables: the audit log, the email outbox and the rate-limit counters
  entities: [AuditEventEntity, EmailOutboxEntity, RateLimitWindowEntity],
  resolvers: [PlatformResolver, AuditEventResolver],
  nodes: { AuditEvent: auditEventByKey },
};
