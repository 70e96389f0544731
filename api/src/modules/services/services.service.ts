/**
 * The rules of community services: who may change a service (owners and editors of its organisation), what a valid
 * service, location, schedule and count of places is, and the transactions that write them with their audit events.
 * Expected failures are returned as `ServiceError`s; nothing is written when there is one.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { hasMemberRole, type Viewer } from '../../common/auth/viewer.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { sqlRows } from '../../database/sql.js';
import { cachedCodeLists } from '../directory/index.js';
import {
  ServiceEntity,
  ServiceHoursEntity,
  ServiceLocationEntity,
  type LocalityTypeValue,
  type ServiceFeeValue,
} from './services.entities.js';
import { ServiceErrorCode, serviceError, type ServiceError } from './services.errors.js';
import { cachedServiceCategories } from './services.loaders.js';

/** Jordan's bounding box (WGS 84), a little generous at the borders. */
export const JORDAN_BOUNDS = { south: 29.18, north: 33.38, west: 34.88, east: 39.31 } as const;

export interface Actor {
  viewer: Viewer;
  requestId: string;
}

export interface HoursInput {
  weekday: number;
  opensAt: string;
  closesAt: string;
}

export interface ServiceFields {
  nameAr?: string | null;
  nameEn?: string | null;
  descriptionAr?: string | null;
  descriptionEn?: string | null;
  category?: string | null;
  targetGroups?: string[] | null;
  ageMin?: number | null;
  ageMax?: number | null;
  eligibilityAr?: string | null;
  eligibilityEn?: string | null;
  fee?: ServiceFeeValue | null;
  feeDetailsAr?: string | null;
  feeDetailsEn?: string | null;
  languages?: string[] | null;
  delivery?: string[] | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  intakeCriteriaAr?: string | null;
  intakeCriteriaEn?: string | null;
  documentsAr?: string | null;
  documentsEn?: string | null;
  referralStepsAr?: string | null;
  referralStepsEn?: string | null;
  officeHoursAr?: string | null;
  officeHoursEn?: string | null;
  complaintsAr?: string | null;
  complaintsEn?: string | null;
  hours?: HoursInput[] | null;
  placesAvailable?: number | null;
  waitingListLength?: number | null;
}

export interface LocationFields {
  governorate?: string | null;
  district?: string | null;
  localityType?: LocalityTypeValue | null;
  addressAr?: string | null;
  addressEn?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  accessibility?: string[] | null;
}

type Outcome<T> = { ok: T; errors?: never } | { ok?: never; errors: ServiceError[] };

const clean = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null ? null : value.trim() || null;

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const minutes = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};

/** The schedule's errors: each opening "HH:MM" to "HH:MM", closing after it opens. */
export function hoursErrors(hours: readonly HoursInput[]): ServiceError[] {
  const errors: ServiceError[] = [];
  hours.forEach((h, i) => {
    if (!TIME.test(h.opensAt) || h.opensAt === '24:00') {
      errors.push(serviceError(ServiceErrorCode.INVALID_VALUE, 'a time "HH:MM"', ['hours', String(i), 'opensAt']));
    } else if (!TIME.test(h.closesAt)) {
      errors.push(serviceError(ServiceErrorCode.INVALID_VALUE, 'a time "HH:MM"', ['hours', String(i), 'closesAt']));
    } else if (minutes(h.closesAt) <= minutes(h.opensAt)) {
      errors.push(
        serviceError(
          ServiceErrorCode.SCHEDULE_CLOSES_BEFORE_OPENING,
          `closes at ${h.closesAt}, not after it opens at ${h.opensAt}`,
          ['hours', String(i), 'closesAt'],
        ),
      );
    }
  });
  return errors;
}

/** Places and waiting list are counts: never negative. */
export function placesErrors(fields: { placesAvailable?: number | null; waitingListLength?: number | null }) {
  const errors: ServiceError[] = [];
  for (const key of ['placesAvailable', 'waitingListLength'] as const) {
    const value = fields[key];
    if (value != null && value < 0) {
      errors.push(serviceError(ServiceErrorCode.NEGATIVE_PLACES, `cannot be negative (got ${value})`, key));
    }
  }
  return errors;
}

/** A point outside Jordan's bounding box, or half a point. */
export function coordinateErrors(latitude: number | null, longitude: number | null, prefix: string[] = []) {
  if (latitude === null && longitude === null) return [];
  if (latitude === null || longitude === null) {
    return [
      serviceError(ServiceErrorCode.COORDINATES_INCOMPLETE, 'give both latitude and longitude, or neither', [
        ...prefix,
        latitude === null ? 'latitude' : 'longitude',
      ]),
    ];
  }
  const { south, north, west, east } = JORDAN_BOUNDS;
  if (latitude < south || latitude > north || longitude < west || longitude > east) {
    return [
      serviceError(
        ServiceErrorCode.LOCATION_OUTSIDE_JORDAN,
        `the point (${latitude}, ${longitude}) is outside Jordan (latitude ${south} to ${north}, longitude ${west} to ${east})`,
        [...prefix, 'latitude'],
      ),
    ];
  }
  return [];
}

export class ServicesService {
  constructor(private readonly em: EntityManager) {}

  private notEditor(field: string): ServiceError[] {
    return [
      serviceError(
        ServiceErrorCode.NOT_AN_EDITOR,
        "only the organisation's owners and editors manage its services",
        field,
      ),
    ];
  }

  async create(
    organizationId: string,
    fields: ServiceFields,
    locations: readonly LocationFields[],
    actor: Actor,
  ): Promise<Outcome<ServiceEntity>> {
    if (!hasMemberRole(actor.viewer, organizationId, 'EDITOR')) return { errors: this.notEditor('organizationId') };
    const service = new ServiceEntity();
    service.organizationId = organizationId;
    service.createdBy = actor.viewer.userId;
    const errors = await this.applyFields(service, fields, true);
    const rows: ServiceLocationEntity[] = [];
    for (const [i, fieldsOfLocation] of locations.entries()) {
      const location = new ServiceLocationEntity();
      location.serviceId = service.id;
      errors.push(...(await this.applyLocation(location, fieldsOfLocation, true, ['locations', String(i)])));
      rows.push(location);
    }
    if (errors.length) return { errors };
    await this.em.transactional(async (em) => {
      em.persist(service);
      await em.flush();
      for (const row of rows) em.persist(row);
      this.persistHours(em, service.id, fields.hours ?? []);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'SERVICE_CREATED',
        subjectType: 'Service',
        subjectId: service.id,
        requestId: actor.requestId,
      });
      await em.flush();
      await refreshLocationCodes(em, service.id);
    });
    await this.em.refresh(service);
    return { ok: service };
  }

  async update(
    serviceId: string,
    fields: ServiceFields,
    actor: Actor,
    expectedVersion?: number | null,
  ): Promise<Outcome<ServiceEntity>> {
    return this.em.transactional(async (em): Promise<Outcome<ServiceEntity>> => {
      const service = await lockService(em, serviceId);
      if (!hasMemberRole(actor.viewer, service.organizationId, 'EDITOR'))
        return { errors: this.notEditor('serviceId') };
      if (expectedVersion != null && expectedVersion !== service.version) {
        return {
          errors: [
            serviceError(
              ServiceErrorCode.CONFLICT,
              `saved by someone else since (version ${service.version}, not ${expectedVersion})`,
              'expectedVersion',
            ),
          ],
        };
      }
      const errors = await this.applyFields(service, fields, false);
      if (errors.length) {
        em.clear();
        return { errors };
      }
      if (fields.hours) {
        await em.nativeDelete(ServiceHoursEntity, { serviceId });
        this.persistHours(em, serviceId, fields.hours);
      }
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'SERVICE_UPDATED',
        subjectType: 'Service',
        subjectId: serviceId,
        requestId: actor.requestId,
      });
      return { ok: service };
    });
  }

  async delete(serviceId: string, actor: Actor): Promise<Outcome<string>> {
    return this.em.transactional(async (em): Promise<Outcome<string>> => {
      const service = await lockService(em, serviceId);
      if (!hasMemberRole(actor.viewer, service.organizationId, 'EDITOR'))
        return { errors: this.notEditor('serviceId') };
      em.remove(service);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'SERVICE_DELETED',
        subjectType: 'Service',
        subjectId: serviceId,
        requestId: actor.requestId,
      });
      return { ok: serviceId };
    });
  }

  /** The quick update of places and waiting list: a guarded write of two counts and the time they were given. */
  async updatePlaces(
    serviceId: string,
    counts: { placesAvailable: number | null; waitingListLength: number | null },
    actor: Actor,
  ): Promise<Outcome<ServiceEntity>> {
    return this.em.transactional(async (em): Promise<Outcome<ServiceEntity>> => {
      const service = await lockService(em, serviceId);
      if (!hasMemberRole(actor.viewer, service.organizationId, 'EDITOR'))
        return { errors: this.notEditor('serviceId') };
      const errors = placesErrors(counts);
      if (errors.length) {
        em.clear();
        return { errors };
      }
      service.placesAvailable = counts.placesAvailable;
      service.waitingListLength = counts.waitingListLength;
      service.placesUpdatedAt = new Date();
      service.placesRemindedAt = null;
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'SERVICE_PLACES_UPDATED',
        subjectType: 'Service',
        subjectId: serviceId,
        to: `${counts.placesAvailable ?? '-'} places, ${counts.waitingListLength ?? '-'} waiting`,
        requestId: actor.requestId,
      });
      return { ok: service };
    });
  }

  async createLocation(
    serviceId: string,
    fields: LocationFields,
    actor: Actor,
  ): Promise<Outcome<ServiceLocationEntity>> {
    return this.em.transactional(async (em): Promise<Outcome<ServiceLocationEntity>> => {
      const service = await lockService(em, serviceId);
      if (!hasMemberRole(actor.viewer, service.organizationId, 'EDITOR'))
        return { errors: this.notEditor('serviceId') };
      const location = new ServiceLocationEntity();
      location.serviceId = serviceId;
      const errors = await this.applyLocation(location, fields, true, []);
      if (errors.length) {
        em.clear();
        return { errors };
      }
      em.persist(location);
      this.touch(service);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'SERVICE_LOCATION_CREATED',
        subjectType: 'ServiceLocation',
        subjectId: location.id,
        requestId: actor.requestId,
      });
      await em.flush();
      await refreshLocationCodes(em, serviceId);
      return { ok: location };
    });
  }

  async updateLocation(
    locationId: string,
    fields: LocationFields,
    actor: Actor,
  ): Promise<Outcome<ServiceLocationEntity>> {
    return this.em.transactional(async (em): Promise<Outcome<ServiceLocationEntity>> => {
      const { service, location } = await lockLocation(em, locationId);
      if (!hasMemberRole(actor.viewer, service.organizationId, 'EDITOR'))
        return { errors: this.notEditor('locationId') };
      const errors = await this.applyLocation(location, fields, false, []);
      if (errors.length) {
        em.clear();
        return { errors };
      }
      this.touch(service);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'SERVICE_LOCATION_UPDATED',
        subjectType: 'ServiceLocation',
        subjectId: location.id,
        requestId: actor.requestId,
      });
      await em.flush();
      await refreshLocationCodes(em, service.id);
      return { ok: location };
    });
  }

  async deleteLocation(locationId: string, actor: Actor): Promise<Outcome<ServiceEntity>> {
    return this.em.transactional(async (em): Promise<Outcome<ServiceEntity>> => {
      const { service, location } = await lockLocation(em, locationId);
      if (!hasMemberRole(actor.viewer, service.organizationId, 'EDITOR'))
        return { errors: this.notEditor('locationId') };
      em.remove(location);
      this.touch(service);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'SERVICE_LOCATION_DELETED',
        subjectType: 'ServiceLocation',
        subjectId: locationId,
        requestId: actor.requestId,
      });
      await em.flush();
      await refreshLocationCodes(em, service.id);
      await em.refresh(service);
      return { ok: service };
    });
  }

  /** A change of a location is a change of its service (its version and time). */
  private touch(service: ServiceEntity): void {
    service.updatedAt = new Date();
  }

  private persistHours(em: EntityManager, serviceId: string, hours: readonly HoursInput[]): void {
    for (const h of [...hours].sort((a, b) => a.weekday - b.weekday || minutes(a.opensAt) - minutes(b.opensAt))) {
      em.persist(
        em.create(ServiceHoursEntity, {
          serviceId,
          weekday: h.weekday,
          opensAt: h.opensAt === '24:00' ? '24:00:00' : `${h.opensAt}:00`,
          closesAt: h.closesAt === '24:00' ? '24:00:00' : `${h.closesAt}:00`,
        }),
      );
    }
  }

  private async applyFields(service: ServiceEntity, fields: ServiceFields, creating: boolean): Promise<ServiceError[]> {
    const errors: ServiceError[] = [];
    const texts = [
      'nameAr',
      'nameEn',
      'descriptionAr',
      'descriptionEn',
      'eligibilityAr',
      'eligibilityEn',
      'feeDetailsAr',
      'feeDetailsEn',
      'contactPhone',
      'contactEmail',
      'intakeCriteriaAr',
      'intakeCriteriaEn',
      'documentsAr',
      'documentsEn',
      'referralStepsAr',
      'referralStepsEn',
      'officeHoursAr',
      'officeHoursEn',
      'complaintsAr',
      'complaintsEn',
    ] as const;
    for (const key of texts) {
      const value = clean(fields[key]);
      if (value !== undefined) service[key] = value;
    }
    if (!service.nameAr && !service.nameEn) {
      errors.push(serviceError(ServiceErrorCode.NAME_REQUIRED, 'give a name in Arabic or English', 'nameAr'));
    }
    if (service.contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(service.contactEmail)) {
      errors.push(serviceError(ServiceErrorCode.INVALID_VALUE, 'an email address', 'contactEmail'));
    }
    if (fields.category != null) {
      if (!(await cachedServiceCategories(this.em)).has(fields.category)) {
        errors.push(
          serviceError(ServiceErrorCode.UNKNOWN_CODE, 'not a service category (see serviceCategories)', 'category'),
        );
      } else service.categoryCode = fields.category;
    } else if (creating) errors.push(serviceError(ServiceErrorCode.INVALID_VALUE, 'choose a category', 'category'));
    if (fields.targetGroups != null) {
      const known = (await cachedCodeLists(this.em)).targetGroups;
      const unknown = fields.targetGroups.filter((code) => !known.has(code));
      if (unknown.length) {
        errors.push(
          serviceError(ServiceErrorCode.UNKNOWN_CODE, `not target groups: ${unknown.join(', ')}`, 'targetGroups'),
        );
      } else service.targetGroups = [...new Set(fields.targetGroups)].sort();
    }
    if (fields.fee != null) service.fee = fields.fee;
    else if (creating) errors.push(serviceError(ServiceErrorCode.INVALID_VALUE, 'say whether it is free', 'fee'));
    if (fields.languages != null) service.languages = [...new Set(fields.languages)].sort();
    if (fields.delivery != null) service.delivery = [...new Set(fields.delivery)].sort();
    if (creating && service.delivery.length === 0) {
      errors.push(serviceError(ServiceErrorCode.INVALID_VALUE, 'say how the service reaches people', 'delivery'));
    }
    if (fields.ageMin !== undefined) service.ageMin = fields.ageMin;
    if (fields.ageMax !== undefined) service.ageMax = fields.ageMax;
    if (service.ageMin != null && service.ageMax != null && service.ageMin > service.ageMax) {
      errors.push(serviceError(ServiceErrorCode.AGE_RANGE_REVERSED, 'the minimum age is above the maximum', 'ageMin'));
    }
    if (fields.hours != null) errors.push(...hoursErrors(fields.hours));
    errors.push(...placesErrors(fields));
    if (fields.placesAvailable !== undefined || fields.waitingListLength !== undefined) {
      if (fields.placesAvailable !== undefined) service.placesAvailable = fields.placesAvailable;
      if (fields.waitingListLength !== undefined) service.waitingListLength = fields.waitingListLength;
      service.placesUpdatedAt = new Date();
      service.placesRemindedAt = null;
    }
    return errors;
  }

  private async applyLocation(
    location: ServiceLocationEntity,
    fields: LocationFields,
    creating: boolean,
    prefix: string[],
  ): Promise<ServiceError[]> {
    const errors: ServiceError[] = [];
    if (fields.governorate != null) {
      if (!(await cachedCodeLists(this.em)).governorates.has(fields.governorate)) {
        errors.push(
          serviceError(ServiceErrorCode.UNKNOWN_CODE, 'not a governorate code (e.g. JO-AJ)', [
            ...prefix,
            'governorate',
          ]),
        );
      } else location.governorateCode = fields.governorate;
    } else if (creating) {
      errors.push(serviceError(ServiceErrorCode.INVALID_VALUE, 'choose a governorate', [...prefix, 'governorate']));
    }
    for (const key of ['district', 'addressAr', 'addressEn'] as const) {
      const value = clean(fields[key]);
      if (value !== undefined) location[key] = value;
    }
    if (fields.localityType !== undefined) location.localityType = fields.localityType;
    if (fields.accessibility != null) location.accessibility = [...new Set(fields.accessibility)].sort();
    if (fields.latitude !== undefined) location.latitude = fields.latitude;
    if (fields.longitude !== undefined) location.longitude = fields.longitude;
    errors.push(...coordinateErrors(location.latitude, location.longitude, prefix));
    return errors;
  }
}

async function lockService(em: EntityManager, serviceId: string): Promise<ServiceEntity> {
  const service = await em.findOne(ServiceEntity, { id: serviceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!service) throw new NotFoundError('Service');
  return service;
}

async function lockLocation(
  em: EntityManager,
  locationId: string,
): Promise<{ service: ServiceEntity; location: ServiceLocationEntity }> {
  const location = await em.findOne(ServiceLocationEntity, { id: locationId });
  if (!location) throw new NotFoundError('ServiceLocation');
  return { service: await lockService(em, location.serviceId), location };
}

/** The governorates and accessibility features of a service's locations, kept on the service for the facets. */
export async function refreshLocationCodes(em: EntityManager, serviceId: string): Promise<void> {
  // one guarded update of two derived arrays (the ORM would read every location to compute them)
  await sqlRows(
    em,
    `update service s set
       governorate_codes = coalesce((select array_agg(distinct l.governorate_code order by l.governorate_code)
                                     from service_location l where l.service_id = s.id), '{}'),
       accessibility = coalesce((select array_agg(distinct a order by a)
                                 from service_location l, unnest(l.accessibility) a where l.service_id = s.id), '{}')
     where s.id = ?`,
    [serviceId],
  );
}
