import { graphql } from '@shabaka/graphql';

/** The participation aggregates (officers and MoSD officials), and the governorates' names for its rows. */
export const TrainingParticipationQuery = graphql(`
  query TrainingParticipation($by: [TrainingParticipationDimension!]!) {
    trainingParticipation(by: $by) {
      by
      threshold
      cells {
        sex
        ageBand
        disability
        governorateCode
        organizationId
        organizationName
        counts {
          confirmed {
            value
            suppressed
          }
          attended {
            value
            suppressed
          }
          completed {
            value
            suppressed
          }
        }
      }
      total {
        confirmed {
          value
          suppressed
        }
        attended {
          value
          suppressed
        }
        completed {
          value
          suppressed
        }
      }
    }
    governorates {
      code
      name {
        ar
        en
      }
    }
  }
`);
