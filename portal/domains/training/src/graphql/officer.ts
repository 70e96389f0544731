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

/** A course as its edit form shows it, and the topics to choose from. */
export const TrainingCourseEditQuery = graphql(`
  query TrainingCourseEdit($id: ID!) {
    trainingTopics {
      code
      name {
        ar
        en
      }
    }
    trainingCourse(id: $id) {
      id
      uuid
      title {
        ar
        en
      }
      description {
        ar
        en
      }
      prerequisites {
        ar
        en
      }
      topic {
        code
      }
      level
      audience
      expectedHours
      completionRule {
        attendancePercent
        postTestPassMark
      }
    }
  }
`);

export const TrainingCourseUpdateMutation = graphql(`
  mutation TrainingCourseUpdate($input: TrainingCourseUpdateInput!) {
    trainingCourseUpdate(input: $input) {
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

/** A session as its edit form shows it, and the governorates to choose from. */
export const TrainingSessionEditQuery = graphql(`
  query TrainingSessionEdit($id: ID!) {
    governorates {
      code
      name {
        ar
        en
      }
    }
    trainingSession(id: $id) {
      id
      uuid
      status
      seats
      confirmedCount
      language
      trainers
      onlineUrl
      registrationOpensAt
      registrationDeadline
      cancellationDeadline
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
      venue {
        governorate {
          code
        }
        address {
          ar
          en
        }
        stepFreeAccess
        accessibleToilet
        hearingLoop
        signLanguageInterpretation
      }
      course {
        id
        title {
          ar
          en
        }
      }
    }
  }
`);

export const TrainingSessionUpdateMutation = graphql(`
  mutation TrainingSessionUpdate($input: TrainingSessionUpdateInput!) {
    trainingSessionUpdate(input: $input) {
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

export const TrainingSessionCancelMutation = graphql(`
  mutation TrainingSessionCancel($input: TrainingSessionCancelInput!) {
    trainingSessionCancel(input: $input) {
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

/** The confirmed participants of a session with the days marked so far (the attendance page). */
export const TrainingAttendanceQuery = graphql(`
  query TrainingAttendance($id: ID!, $after: String) {
    trainingSession(id: $id) {
      id
      uuid
      course {
        title {
          ar
          en
        }
      }
      days {
        position
        startsAt
        endsAt
      }
      registrations(first: 100, after: $after, status: CONFIRMED) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            uuid
            participant {
              name
            }
            attendance {
              dayPosition
              present
            }
          }
        }
      }
    }
  }
`);

export const TrainingAttendanceMarkMutation = graphql(`
  mutation TrainingAttendanceMark($input: TrainingAttendanceMarkInput!) {
    trainingAttendanceMark(input: $input) {
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

/** An organisation's training registrations (its members and officers). */
export const TrainingOrganizationRegistrationsQuery = graphql(`
  query TrainingOrganizationRegistrations($slug: String!, $after: String) {
    organizationBySlug(slug: $slug) {
      id
      slug
      name {
        ar
        en
      }
      trainingRegistrations(first: 50, after: $after, includeCancelled: true) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            waitlistPosition
            createdAt
            participantName
            session {
              id
              uuid
              startsAt
              status
              course {
                title {
                  ar
                  en
                }
              }
            }
          }
        }
      }
    }
  }
`);
