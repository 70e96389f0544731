import { graphql } from '@shabaka/graphql';

/** A session's page: its days, venue and accessibility, who may register, and the reader's own registration. */
export const TrainingSessionQuery = graphql(`
  query TrainingSession($id: ID!) {
    trainingSession(id: $id) {
      ...TrainingSessionSummary
      confirmedCount
      cancellationDeadline
      cancellationReason
      trainers
      onlineUrl
      calendarFeedUrl
      days {
        position
        startsAt
        endsAt
      }
      eligibility {
        audience
        verifiedOrganizationsOnly
        maxPerOrganization
      }
      course {
        id
        description {
          ar
          en
        }
        prerequisites {
          ar
          en
        }
        completionRule {
          attendancePercent
          postTestPassMark
        }
      }
      venue {
        address {
          ar
          en
        }
        stepFreeAccess
        accessibleToilet
        hearingLoop
        signLanguageInterpretation
      }
      viewerRegistration {
        ...TrainingOwnRegistration
      }
    }
  }
`);

/** The reader's own registration, as the session page and "my registrations" show it. */
export const TrainingOwnRegistrationFragment = graphql(`
  fragment TrainingOwnRegistration on TrainingRegistration {
    id
    uuid
    status
    waitlistPosition
    createdAt
    confirmedAt
    cancelledAt
    asPublicOfficial
    organization {
      id
      slug
      name {
        ar
        en
      }
    }
    accommodations {
      signLanguage
      accessibleVenue
      transport
      carerSeat
      accessibleMaterials
      note
      confirmedAt
    }
    disaggregationConsent {
      consentedAt
      withdrawnAt
    }
  }
`);

/** The signed-in person's registrations, newest first. */
export const TrainingMyRegistrationsQuery = graphql(`
  query TrainingMyRegistrations($includeCancelled: Boolean, $after: String) {
    viewer {
      uuid
      trainingCalendarLink {
        createdAt
      }
      memberships {
        organization {
          id
          slug
          name {
            ar
            en
          }
        }
      }
      trainingSessionsAsTrainer(first: 50) {
        edges {
          node {
            ...TrainingSessionSummary
          }
        }
      }
      trainingRegistrations(first: 50, after: $after, includeCancelled: $includeCancelled) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...TrainingOwnRegistration
            session {
              ...TrainingSessionSummary
              cancellationDeadline
            }
          }
        }
      }
    }
  }
`);

export const TrainingRegisterMutation = graphql(`
  mutation TrainingRegister($input: TrainingRegistrationCreateInput!) {
    trainingRegistrationCreate(input: $input) {
      registration {
        id
        status
        waitlistPosition
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingRegistrationCancelMutation = graphql(`
  mutation TrainingRegistrationCancel($input: TrainingRegistrationCancelInput!) {
    trainingRegistrationCancel(input: $input) {
      registration {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
