import { graphql } from '@shabaka/graphql';

/** The lists the course form offers. */
export const TrainingCourseFormQuery = graphql(`
  query TrainingCourseForm {
    trainingTopics {
      code
      name {
        ar
        en
      }
    }
  }
`);

/** The lists the session form offers: the courses (newest first) and the governorates. */
export const TrainingSessionFormQuery = graphql(`
  query TrainingSessionForm {
    trainingCourses(first: 100) {
      edges {
        node {
          id
          title {
            ar
            en
          }
          audience
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

export const TrainingCourseCreateMutation = graphql(`
  mutation TrainingCourseCreate($input: TrainingCourseCreateInput!) {
    trainingCourseCreate(input: $input) {
      course {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingSessionCreateMutation = graphql(`
  mutation TrainingSessionCreate($input: TrainingSessionCreateInput!) {
    trainingSessionCreate(input: $input) {
      session {
        id
        uuid
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A session's registrants with their accommodations (officers), and the sessions of its course to move one to. */
export const TrainingRegistrantsQuery = graphql(`
  query TrainingRegistrants($id: ID!, $after: String) {
    trainingSession(id: $id) {
      ...TrainingSessionSummary
      confirmedCount
      registrations(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            uuid
            status
            waitlistPosition
            createdAt
            asPublicOfficial
            cancellationReason
            participant {
              name
              email
            }
            organization {
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
            scores {
              preTest
              postTest
              learningGain
            }
            completed
          }
        }
      }
      learningGain {
        mean
        n
      }
      viewerIsTrainer
      trainerAccounts {
        email
      }
    }
  }
`);

/** Other sessions of the course, still to come: where a registration can move. */
export const TrainingCourseSessionsQuery = graphql(`
  query TrainingCourseSessions($courseId: ID!) {
    trainingSessions(first: 50, filter: { courseId: $courseId }) {
      edges {
        node {
          id
          uuid
          startsAt
          seatsLeft
          venue {
            governorate {
              name {
                ar
                en
              }
            }
          }
        }
      }
    }
  }
`);

export const TrainingRegistrationMoveMutation = graphql(`
  mutation TrainingRegistrationMove($input: TrainingRegistrationMoveInput!) {
    trainingRegistrationMove(input: $input) {
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

export const TrainingAccommodationsConfirmMutation = graphql(`
  mutation TrainingAccommodationsConfirm($input: TrainingRegistrationAccommodationsConfirmInput!) {
    trainingRegistrationAccommodationsConfirm(input: $input) {
      registration {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
