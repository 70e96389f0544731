import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import { Governorate } from '../directory/index.js';
import type { ServiceEntity, ServiceHoursEntity, ServiceLocationEntity } from './services.entities.js';
import {
  ServiceAccessibility,
  ServiceDelivery,
  ServiceFee,
  ServiceLanguage,
  ServiceLocalityType,
  Weekday,
} from './services.enums.js';

/** Places and waiting lists older than this are flagged, and their provider reminded. */
export const PLACES_STALE_DAYS = 30;

const text = (ar: string | null, en: string | null): LocalizedText | null =>
  ar === null && en === null ? null : { ar, en };

@ObjectType({ description: 'A category of the services taxonomy (social protection and community-based services).' })
export class ServiceCategory {
  @Field(() => String, { description: 'Stable code, e.g. REHABILITATION.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English.' })
  name!: LocalizedText;
}

@ObjectType({ description: 'How to reach the people who run a service.' })
export class ServiceContact {
  @Field(() => String, { nullable: true, description: 'Phone number for enquiries and referrals.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address for enquiries and referrals.' })
  email!: string | null;
}

@ObjectType({ description: 'What a family or a social worker needs to be referred to a service.' })
export class ServiceReferral {
  @Field(() => LocalizedText, { nullable: true, description: 'Who is taken in (intake criteria).' })
  intakeCriteria!: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Documents to bring or send.' })
  documents!: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: 'How to be referred, and what happens next.' })
  steps!: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: 'When the referral office answers.' })
  officeHours!: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Where to complain about the service.' })
  complaints!: LocalizedText | null;
}

@ObjectType({ description: 'Places available and the waiting list, as the provider last gave them.' })
export class ServicePlaces {
  @Field(() => Int, { nullable: true, description: 'Places available now; null when the provider does not say.' })
  available!: number | null;

  @Field(() => Int, { nullable: true, description: 'People on the waiting list; null when the provider does not say.' })
  waitingList!: number | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the provider last updated these figures (UTC).' })
  updatedAt!: Date | null;

  @Field(() => Boolean, {
    description: `Whether the figures are older than ${PLACES_STALE_DAYS} days (or were never given): show them with care.`,
  })
  outdated!: boolean;
}

@ObjectType({ description: 'A weekly opening of a service, in Amman time (HSDS schedule, weekly).' })
export class ServiceHours {
  @Field(() => Weekday, { description: 'The day of the week.' })
  weekday!: Weekday;

  @Field(() => String, { description: 'Opening time, "HH:MM" (Asia/Amman).' })
  opensAt!: string;

  @Field(() => String, { description: 'Closing time, "HH:MM" (Asia/Amman; "24:00" for midnight).' })
  closesAt!: string;
}

@ObjectType({ implements: Node, description: 'A place where a service is given or from where it is run.' })
export class ServiceLocation implements Node {
  @Field(() => ID, { description: 'Global, opaque id.' })
  id!: string;

  @Field(() => ID, { description: 'Stable uuid of the location.' })
  uuid!: string;

  row!: ServiceLocationEntity;

  @Field(() => Governorate, { description: 'The governorate.' })
  governorate!: Governorate;

  @Field(() => String, { nullable: true, description: 'District (liwa) or sub-district.' })
  district!: string | null;

  @Field(() => ServiceLocalityType, { nullable: true, description: 'Urban or rural.' })
  localityType!: ServiceLocalityType | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Street address, in Arabic and English.' })
  address!: LocalizedText | null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS 84).' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS 84).' })
  longitude!: number | null;

  @Field(() => [ServiceAccessibility], { description: 'Accessibility features of the location.' })
  accessibility!: ServiceAccessibility[];
}

@ObjectType({
  implements: Node,
  description:
    'A service an organisation offers (Open Referral HSDS 3.0 service): what it is, for whom, where and when, how to be referred, and the places available.',
})
export class Service implements Node {
  @Field(() => ID, { description: 'Global, opaque id (for node and the mutations).' })
  id!: string;

  @Field(() => ID, { description: 'Stable uuid of the service (the id of the open data export).' })
  uuid!: string;

  row!: ServiceEntity;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English (at least one).' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'What the service does.' })
  description!: LocalizedText | null;

  @Field(() => Int, { nullable: true, description: 'Youngest age served.' })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age served.' })
  ageMax!: number | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Who is eligible, in words.' })
  eligibility!: LocalizedText | null;

  @Field(() => ServiceFee, { description: 'Free, subsidised or paid.' })
  fee!: ServiceFee;

  @Field(() => LocalizedText, { nullable: true, description: 'The fee, and who pays less.' })
  feeDetails!: LocalizedText | null;

  @Field(() => [ServiceLanguage], { description: 'Languages staff use, including Jordanian Sign Language.' })
  languages!: ServiceLanguage[];

  @Field(() => [ServiceDelivery], { description: 'How the service reaches people.' })
  delivery!: ServiceDelivery[];

  @Field(() => ServiceContact, { description: 'Phone and email for enquiries and referrals.' })
  contact!: ServiceContact;

  @Field(() => ServiceReferral, { description: 'How to be referred.' })
  referral!: ServiceReferral;

  @Field(() => ServicePlaces, { description: 'Places available and waiting list, with their age.' })
  places!: ServicePlaces;

  @Field(() => Int, { description: 'Raised by every saved change: an edit sends back the version it was opened at.' })
  version!: number;

  @Field(() => GraphQLDateTime, { description: 'Last change (UTC).' })
  updatedAt!: Date;
}

export function toService(row: ServiceEntity, now = new Date()): Service {
  const staleBefore = now.getTime() - PLACES_STALE_DAYS * 86_400_000;
  return Object.assign(new Service(), {
    id: toGlobalId('Service', row.id),
    uuid: row.id,
    row,
    name: { ar: row.nameAr, en: row.nameEn },
    description: text(row.descriptionAr, row.descriptionEn),
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    eligibility: text(row.eligibilityAr, row.eligibilityEn),
    fee: row.fee as ServiceFee,
    feeDetails: text(row.feeDetailsAr, row.feeDetailsEn),
    languages: row.languages as ServiceLanguage[],
    delivery: row.delivery as ServiceDelivery[],
    contact: { phone: row.contactPhone, email: row.contactEmail },
    referral: {
      intakeCriteria: text(row.intakeCriteriaAr, row.intakeCriteriaEn),
      documents: text(row.documentsAr, row.documentsEn),
      steps: text(row.referralStepsAr, row.referralStepsEn),
      officeHours: text(row.officeHoursAr, row.officeHoursEn),
      complaints: text(row.complaintsAr, row.complaintsEn),
    },
    places: {
      available: row.placesAvailable,
      waitingList: row.waitingListLength,
      updatedAt: row.placesUpdatedAt,
      outdated: !row.placesUpdatedAt || row.placesUpdatedAt.getTime() < staleBefore,
    },
    version: row.version,
    updatedAt: row.updatedAt,
  });
}

export function toLocation(row: ServiceLocationEntity, governorate: Governorate): ServiceLocation {
  return Object.assign(new ServiceLocation(), {
    id: toGlobalId('ServiceLocation', row.id),
    uuid: row.id,
    row,
    governorate,
    district: row.district,
    localityType: row.localityType as ServiceLocalityType | null,
    address: text(row.addressAr, row.addressEn),
    latitude: row.latitude,
    longitude: row.longitude,
    accessibility: row.accessibility as ServiceAccessibility[],
  });
}

/** "HH:MM" of a time column ("09:00:00"). */
export const hhmm = (time: string): string => time.slice(0, 5);

export function toHours(row: ServiceHoursEntity): ServiceHours {
  return Object.assign(new ServiceHours(), {
    weekday: row.weekday,
    opensAt: hhmm(row.opensAt),
    closesAt: hhmm(row.closesAt),
  });
}
