/**
 * The platform itself: facts about it (name, version, time zone, database state) and the audit log every module
 * writes to. The public face of the module.
 */
import 'reflect-metadata';
import { AuditEventEntity } from '../../common/audit/audit-event.entity.js';
import { EmailOutboxEntity } from '../../common/email/email-outbox.entity.js';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { AuditEventResolver, auditEventByKey } from './audit.resolver.js';
import { PlatformResolver } from './platform.resolver.js';

export const platformModule: PlatformModule = {
  name: 'platform',
  // the shared mechanisms' tables: the audit log and the email outbox
  entities: [AuditEventEntity, EmailOutboxEntity],
  resolvers: [PlatformResolver, AuditEventResolver],
  nodes: { AuditEvent: auditEventByKey },
};
