import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../directory/index.js';

export enum MemberRole {
  OWNER = 'OWNER',
  EDITOR = 'EDITOR',
  VIEWER = 'VIEWER',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: "A person's role in an organisation.",
  valuesConfig: {
    OWNER: { description: 'Manages the members and everything the editor can do.' },
    EDITOR: { description: "Edits the organisation's profile and submissions." },
    VIEWER: { description: "Sees the organisation's private information." },
  },
});

@ObjectType({ description: "A person's membership of an organisation." })
export class Membership {
  @Field(() => ID, { description: 'Global, opaque id of this membership (the organisation and the person).' })
  id!: string;

  @Field(() => Organization, { description: 'The organisation.' })
  organization!: Organization;

  @Field(() => MemberRole, { description: "The person's role in it." })
  role!: MemberRole;
}
