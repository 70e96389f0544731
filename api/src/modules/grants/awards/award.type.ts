import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../../common/i18n/localized-text.type.js';
import { toGlobalId } from '../../../common/relay/global-id.js';
import { Node } from '../../../common/relay/node.interface.js';
import { GrantAmount } from '../grants.type.js';
import type { GrantAwardEntity, GrantEnvelopeEntity } from './award.entities.js';

export enum GrantAwardStatus {
  AWARDED = 'AWARDED',
  TERMINATED = 'TERMINATED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(GrantAwardStatus, {
  name: 'GrantAwardStatus',
  description: 'Where an award stands.',
  valuesConfig: {
    AWARDED: { description: 'In force.' },
    TERMINATED: { description: 'Ended early (for example, the foreign-funding approval was refused).' },
    COMPLETED: { description: 'Closed after its final report.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    "A grant awarded to a shortlisted application: the amount (in the call's currency, EUR) and the decision's reasons. Officers.",
})
export class GrantAward extends Node {
  row!: GrantAwardEntity;

  @Field(() => ID, { description: 'Stable uuid of the award.' })
  uuid!: string;

  @Field(() => GrantAwardStatus, { description: 'In force, terminated or completed.' })
  status!: GrantAwardStatus;

  @Field(() => GrantAmount, { description: "The amount awarded, in the call's currency (EUR)." })
  amount!: GrantAmount;

  @Field(() => LocalizedText, { description: "The decision's reasons." })
  reasons!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'Why it was terminated or completed.' })
  statusReason!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was decided (UTC).' })
  decidedAt!: Date;

  @Field(() => Int, { description: 'Bumped by every change; an edit names the version it was made on.' })
  version!: number;
}

export function toGrantAward(row: GrantAwardEntity): GrantAward {
  return Object.assign(new GrantAward(), {
    row,
    id: toGlobalId('GrantAward', row.id),
    uuid: row.id,
    status: row.status as GrantAwardStatus,
    amount: { amountMinor: row.amountMinor, currency: row.currency },
    reasons: { ar: row.reasonsAr, en: row.reasonsEn },
    statusReason: row.statusReason,
    decidedAt: row.decidedAt,
    version: row.version,
  });
}

export enum GrantEnvelopeScope {
  PROGRAMME = 'PROGRAMME',
  CALL = 'CALL',
  LOT = 'LOT',
}
registerEnumType(GrantEnvelopeScope, {
  name: 'GrantEnvelopeScope',
  description: 'What an envelope funds.',
  valuesConfig: {
    PROGRAMME: { description: "The programme's whole envelope (4,000,000 EUR)." },
    CALL: { description: "A call's envelope (the sum of its lots')." },
    LOT: { description: "A lot's envelope." },
  },
});

@ObjectType({ description: 'An envelope and what is awarded against it (never more than the envelope).' })
export class GrantEnvelope {
  @Field(() => ID, { description: 'Global, opaque id of the envelope (GrantEnvelope).' })
  id!: string;

  @Field(() => GrantEnvelopeScope, { description: 'The programme, a call or a lot.' })
  scope!: GrantEnvelopeScope;

  @Field(() => GrantAmount, { description: 'The envelope.' })
  envelope!: GrantAmount;

  @Field(() => GrantAmount, { description: 'The sum of the awards against it.' })
  awarded!: GrantAmount;

  @Field(() => GrantAmount, { description: 'What is left to award.' })
  remaining!: GrantAmount;
}

export function toGrantEnvelope(row: Pick<GrantEnvelopeEntity, 'key' | 'currency' | 'envelopeMinor' | 'awardedMinor'>) {
  const scope = row.key === 'PROGRAMME' ? GrantEnvelopeScope.PROGRAMME : (row.key.split(':')[0] as GrantEnvelopeScope);
  return Object.assign(new GrantEnvelope(), {
    id: toGlobalId('GrantEnvelope', row.key),
    scope,
    envelope: { amountMinor: Number(row.envelopeMinor), currency: row.currency },
    awarded: { amountMinor: Number(row.awardedMinor), currency: row.currency },
    remaining: { amountMinor: Number(row.envelopeMinor) - Number(row.awardedMinor), currency: row.currency },
  });
}
