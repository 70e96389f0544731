import { registerEnumType } from 'type-graphql';

export enum InnovationChallengePhase {
  DRAFT = 'DRAFT',
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  REVIEW = 'REVIEW',
}
registerEnumType(InnovationChallengePhase, {
  name: 'InnovationChallengePhase',
  description: 'Where a challenge stands, by its dates.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared by officers: not public.' },
    UPCOMING: { description: 'Published; ideas are taken from ideasOpenAt.' },
    OPEN: { description: 'Verified organisations submit ideas until ideasCloseAt (by the database clock).' },
    REVIEW: { description: 'Closed to ideas: the jury reviews them and ideas move along the pipeline.' },
  },
});

export enum InnovationStage {
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SHORTLISTED = 'SHORTLISTED',
  NOT_SHORTLISTED = 'NOT_SHORTLISTED',
  PROTOTYPE = 'PROTOTYPE',
  PILOT = 'PILOT',
  SCALED = 'SCALED',
  STOPPED = 'STOPPED',
}
registerEnumType(InnovationStage, {
  name: 'InnovationStage',
  description: 'Where an idea stands in the pipeline from idea to pilot grant (each move is audited).',
  valuesConfig: {
    SUBMITTED: { description: 'Sent by its organisation; not yet with the jury.' },
    UNDER_REVIEW: { description: 'The jury has it: reviewers are assigned.' },
    SHORTLISTED: { description: 'Shortlisted by officers after the jury’s reviews.' },
    NOT_SHORTLISTED: { description: 'Not shortlisted, with the reason.' },
    PROTOTYPE: { description: 'Being prototyped (in co-design workshops).' },
    PILOT: { description: 'Piloted with a grant in a social innovation lot (pilotGrantApplicationId).' },
    SCALED: { description: 'Scaled after its pilot; the lessons learnt are published.' },
    STOPPED: { description: 'Stopped; the lessons learnt are published.' },
  },
});
