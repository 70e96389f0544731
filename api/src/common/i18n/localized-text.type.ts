import { Field, ObjectType } from 'type-graphql';

/** A text a person reads, in both of the platform's languages. */
@ObjectType({
  description: "A text in Arabic and English; a client shows the reader's language and may offer the other.",
})
export class LocalizedText {
  @Field(() => String, { nullable: true, description: 'Arabic text (right-to-left).' })
  ar!: string | null;

  @Field(() => String, { nullable: true, description: 'English text.' })
  en!: string | null;
}
