import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination/connection.type.js';
import { Governorate, TargetGroup } from '../directory/index.js';
import type { ServiceSearchFilter, ServiceStats } from './services.search.js';
import { ServiceAccessibility, ServiceDelivery, ServiceFee, ServiceLanguage } from './services.enums.js';
import { Service, ServiceCategory } from './services.type.js';

const { Edge, ConnectionType } = Connection(Service, 'Service');

@ObjectType('ServiceEdge', { description: 'A service in a page of the search.' })
export class ServiceEdge extends Edge {
  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from the point of `near` to its nearest location (null without `near`).',
  })
  distanceKm!: number | null;
}

@ObjectType({ description: 'How many services of the current result are in one category.' })
export class ServiceCategoryFacet {
  @Field(() => ServiceCategory, { description: 'The category.' })
  value!: ServiceCategory;

  @Field(() => Int, { description: 'Number of services.' })
  count!: number;
}

@ObjectType({ description: 'How many services of the current result serve one target group.' })
export class ServiceTargetGroupFacet {
  @Field(() => TargetGroup, { description: 'The target group.' })
  value!: TargetGroup;

  @Field(() => Int, { description: 'Number of services.' })
  count!: number;
}

@ObjectType({ description: 'How many services of the current result have a location in one governorate.' })
export class ServiceGovernorateFacet {
  @Field(() => Governorate, { description: 'The governorate.' })
  value!: Governorate;

  @Field(() => Int, { description: 'Number of services.' })
  count!: number;
}

@ObjectType({ description: 'How many services of the current result are delivered one way.' })
export class ServiceDeliveryFacet {
  @Field(() => ServiceDelivery, { description: 'The way of delivery.' })
  value!: ServiceDelivery;

  @Field(() => Int, { description: 'Number of services.' })
  count!: number;
}

@ObjectType({ description: 'How many services of the current result have a location with one accessibility feature.' })
export class ServiceAccessibilityFacet {
  @Field(() => ServiceAccessibility, { description: 'The feature.' })
  value!: ServiceAccessibility;

  @Field(() => Int, { description: 'Number of services.' })
  count!: number;
}

@ObjectType({ description: 'How many services of the current result use one language.' })
export class ServiceLanguageFacet {
  @Field(() => ServiceLanguage, { description: 'The language.' })
  value!: ServiceLanguage;

  @Field(() => Int, { description: 'Number of services.' })
  count!: number;
}

@ObjectType({ description: 'How many services of the current result have one kind of fee.' })
export class ServiceFeeFacet {
  @Field(() => ServiceFee, { description: 'Free, subsidised or paid.' })
  value!: ServiceFee;

  @Field(() => Int, { description: 'Number of services.' })
  count!: number;
}

@ObjectType({
  description:
    'Counts per value for the current search and filters. Each facet ignores its own filter, so it shows what choosing another value would give; values with no service are listed with 0.',
})
export class ServiceFacets {
  @Field(() => [ServiceCategoryFacet], { description: 'Per category, in the taxonomy order.' })
  categories!: ServiceCategoryFacet[];

  @Field(() => [ServiceTargetGroupFacet], { description: 'Per target group.' })
  targetGroups!: ServiceTargetGroupFacet[];

  @Field(() => [ServiceGovernorateFacet], { description: 'Per governorate, in the code list order.' })
  governorates!: ServiceGovernorateFacet[];

  @Field(() => [ServiceDeliveryFacet], { description: 'Per way of delivery.' })
  delivery!: ServiceDeliveryFacet[];

  @Field(() => [ServiceAccessibilityFacet], { description: 'Per accessibility feature.' })
  accessibility!: ServiceAccessibilityFacet[];

  @Field(() => [ServiceLanguageFacet], { description: 'Per language.' })
  languages!: ServiceLanguageFacet[];

  @Field(() => [ServiceFeeFacet], { description: 'Per kind of fee.' })
  fees!: ServiceFeeFacet[];
}

@ObjectType('ServiceConnection', { description: 'A page of services, with the size and facets of the whole result.' })
export class ServiceConnection extends ConnectionType {
  filter!: ServiceSearchFilter;
  stats?: Promise<ServiceStats>;

  @Field(() => [ServiceEdge], { description: 'The services of this page, with their cursors.' })
  edges!: ServiceEdge[];

  @Field(() => Int, { description: 'Number of services in the whole result (all pages).' })
  totalCount!: number;

  @Field(() => ServiceFacets, {
    description: 'Counts per category, target group, governorate, delivery, accessibility, language and fee.',
  })
  facets!: ServiceFacets;
}
