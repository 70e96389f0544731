import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import {
  ServiceAccessibility,
  ServiceDelivery,
  ServiceFee,
  ServiceLanguage,
  ServiceLocalityType,
  Weekday,
} from '../services.enums.js';

@InputType({ description: 'A weekly opening, in Amman time.' })
export class ServiceHoursInput {
  @Field(() => Weekday, { description: 'The day of the week.' })
  weekday!: Weekday;

  @Field(() => String, { description: 'Opening time "HH:MM".' })
  @MaxLength(5)
  opensAt!: string;

  @Field(() => String, { description: 'Closing time "HH:MM" ("24:00" for midnight); after the opening.' })
  @MaxLength(5)
  closesAt!: string;
}

/** The fields of a service, all optional (an update changes those given; creating needs the required ones). */
@InputType('ServiceFieldsBase')
export class ServiceFieldsInput {
  @Field(() => String, { nullable: true, description: 'Name in Arabic (a name in Arabic or English is required).' })
  @IsOptional()
  @MaxLength(300)
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the service does, in Arabic.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'What the service does, in English.' })
  @IsOptional()
  @MaxLength(5000)
  descriptionEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Category code (serviceCategories); required to create.' })
  @IsOptional()
  @MaxLength(60)
  category?: string | null;

  @Field(() => [String], { nullable: true, description: 'Target group codes (targetGroups).' })
  @IsOptional()
  targetGroups?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Youngest age served (0 to 120).' })
  @IsOptional()
  @Min(0)
  @Max(120)
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age served (0 to 120).' })
  @IsOptional()
  @Min(0)
  @Max(120)
  ageMax?: number | null;

  @Field(() => String, { nullable: true, description: 'Who is eligible, in Arabic.' })
  @IsOptional()
  @MaxLength(2000)
  eligibilityAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Who is eligible, in English.' })
  @IsOptional()
  @MaxLength(2000)
  eligibilityEn?: string | null;

  @Field(() => ServiceFee, { nullable: true, description: 'Free, subsidised or paid; required to create.' })
  fee?: ServiceFee | null;

  @Field(() => String, { nullable: true, description: 'The fee and who pays less, in Arabic.' })
  @IsOptional()
  @MaxLength(1000)
  feeDetailsAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The fee and who pays less, in English.' })
  @IsOptional()
  @MaxLength(1000)
  feeDetailsEn?: string | null;

  @Field(() => [ServiceLanguage], { nullable: true, description: 'Languages staff use.' })
  @IsOptional()
  languages?: ServiceLanguage[] | null;

  @Field(() => [ServiceDelivery], { nullable: true, description: 'How it reaches people; required to create.' })
  @IsOptional()
  delivery?: ServiceDelivery[] | null;

  @Field(() => String, { nullable: true, description: 'Phone for enquiries and referrals.' })
  @IsOptional()
  @MaxLength(40)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email for enquiries and referrals.' })
  @IsOptional()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Intake criteria, in Arabic.' })
  @IsOptional()
  @MaxLength(2000)
  intakeCriteriaAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Intake criteria, in English.' })
  @IsOptional()
  @MaxLength(2000)
  intakeCriteriaEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Documents needed, in Arabic.' })
  @IsOptional()
  @MaxLength(2000)
  documentsAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Documents needed, in English.' })
  @IsOptional()
  @MaxLength(2000)
  documentsEn?: string | null;

  @Field(() => String, { nullable: true, description: 'How to be referred and what happens next, in Arabic.' })
  @IsOptional()
  @MaxLength(4000)
  referralStepsAr?: string | null;

  @Field(() => String, { nullable: true, description: 'How to be referred and what happens next, in English.' })
  @IsOptional()
  @MaxLength(4000)
  referralStepsEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Office hours of the referral desk, in Arabic.' })
  @IsOptional()
  @MaxLength(500)
  officeHoursAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Office hours of the referral desk, in English.' })
  @IsOptional()
  @MaxLength(500)
  officeHoursEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Complaints channel, in Arabic.' })
  @IsOptional()
  @MaxLength(1000)
  complaintsAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Complaints channel, in English.' })
  @IsOptional()
  @MaxLength(1000)
  complaintsEn?: string | null;

  @Field(() => [ServiceHoursInput], {
    nullable: true,
    description: 'Weekly opening hours (replace the previous ones).',
  })
  @IsOptional()
  hours?: ServiceHoursInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Places available now (0 or more).' })
  placesAvailable?: number | null;

  @Field(() => Int, { nullable: true, description: 'People on the waiting list (0 or more).' })
  waitingListLength?: number | null;
}

/** The fields of a location, all optional (an update changes those given; creating needs a governorate). */
@InputType('ServiceLocationFieldsBase')
export class ServiceLocationFieldsInput {
  @Field(() => String, { nullable: true, description: 'Governorate code (e.g. JO-AJ); required to create.' })
  @IsOptional()
  @MaxLength(10)
  governorate?: string | null;

  @Field(() => String, { nullable: true, description: 'District or sub-district.' })
  @IsOptional()
  @MaxLength(200)
  district?: string | null;

  @Field(() => ServiceLocalityType, { nullable: true, description: 'Urban or rural.' })
  localityType?: ServiceLocalityType | null;

  @Field(() => String, { nullable: true, description: 'Address in Arabic.' })
  @IsOptional()
  @MaxLength(500)
  addressAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Address in English.' })
  @IsOptional()
  @MaxLength(500)
  addressEn?: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84), within Jordan's bounds." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84), within Jordan's bounds." })
  longitude?: number | null;

  @Field(() => [ServiceAccessibility], { nullable: true, description: 'Accessibility features of the location.' })
  @IsOptional()
  accessibility?: ServiceAccessibility[] | null;
}

@InputType({ description: 'A location given with a new service.' })
export class ServiceLocationInput extends ServiceLocationFieldsInput {}
