import { graphql } from '@shabaka/graphql';

/** Makes the signed-in person a new secret calendar feed address (the old one stops working). */
export const TrainingCalendarLinkResetMutation = graphql(`
  mutation TrainingCalendarLinkReset {
    trainingCalendarLinkReset {
      calendarLink {
        url
        createdAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
