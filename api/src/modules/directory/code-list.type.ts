import { Field, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';

@ObjectType({ description: "One of Jordan's 12 governorates." })
export class Governorate {
  @Field(() => String, { description: 'ISO 3166-2:JO code, e.g. JO-AM for Amman.' })
  code!: string;

  @Field(() => Int, { description: 'Numeric code of the Department of Statistics, e.g. 11 for Amman.' })
  dosCode!: number;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English.' })
  name!: LocalizedText;
}

@ObjectType({ description: 'A legal form under which an organisation is registered.' })
export class LegalForm {
  @Field(() => String, { description: 'Stable code, e.g. CHARITY.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English.' })
  name!: LocalizedText;
}

@ObjectType({ description: 'A field of the social protection taxonomy in which organisations work.' })
export class Sector {
  @Field(() => String, { description: 'Stable code, e.g. DISABILITY_INCLUSION.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English.' })
  name!: LocalizedText;
}

@ObjectType({
  description: 'A group of people that organisations serve, e.g. women, youth, persons with disabilities.',
})
export class TargetGroup {
  @Field(() => String, { description: 'Stable code, e.g. PERSONS_WITH_DISABILITIES.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English.' })
  name!: LocalizedText;
}
