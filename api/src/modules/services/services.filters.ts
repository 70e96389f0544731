import { IsOptional, Max, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, InputType } from 'type-graphql';
import { ServiceAccessibility, ServiceDelivery, ServiceFee, ServiceLanguage } from './services.enums.js';

@InputType({ description: 'A point and a distance around it.' })
export class ServiceNearInput {
  @Field(() => Float, { description: 'Latitude (WGS 84).' })
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float, { description: 'Longitude (WGS 84).' })
  @Min(-180)
  @Max(180)
  longitude!: number;

  @Field(() => Float, { nullable: true, description: 'Distance in kilometres (0.1 to 500; 25 when not given).' })
  @IsOptional()
  @Min(0.1)
  @Max(500)
  withinKm?: number | null;
}

@InputType({
  description:
    'Narrows the services: any of the categories, target groups, governorates, ways of delivery and fees given; every accessibility feature and language given.',
})
export class ServiceFilter {
  @Field(() => [String], { nullable: true, description: 'Category codes (serviceCategories).' })
  @IsOptional()
  categories?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target group codes (targetGroups).' })
  @IsOptional()
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Governorate codes of a location (e.g. JO-AJ).' })
  @IsOptional()
  governorates?: string[] | null;

  @Field(() => [ServiceDelivery], { nullable: true, description: 'Ways of delivery.' })
  @IsOptional()
  delivery?: ServiceDelivery[] | null;

  @Field(() => [ServiceAccessibility], {
    nullable: true,
    description: 'Accessibility features a location of the service has (all of them).',
  })
  @IsOptional()
  accessibility?: ServiceAccessibility[] | null;

  @Field(() => [ServiceLanguage], { nullable: true, description: 'Languages staff use (all of them).' })
  @IsOptional()
  languages?: ServiceLanguage[] | null;

  @Field(() => [ServiceFee], { nullable: true, description: 'Free, subsidised or paid.' })
  @IsOptional()
  fees?: ServiceFee[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Open now, by its weekly hours in Amman time.' })
  @IsOptional()
  openNow?: boolean | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Open at this instant, by its weekly hours in Amman time (openNow is this instant now).',
  })
  @IsOptional()
  openAt?: Date | null;

  @Field(() => ServiceNearInput, { nullable: true, description: 'A location within a distance of a point.' })
  @IsOptional()
  near?: ServiceNearInput | null;
}
