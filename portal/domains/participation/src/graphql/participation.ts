import { graphql } from '@shabaka/graphql';

export const ConsultationsQuery = graphql(`
  query ParticipationConsultations($first: Int) {
    consultations(first: $first) {
      totalCount
      edges {
        node {
          id
          uuid
          phase
          ownerKind
          opensAt
          closesAt
          title {
            ar
            en
          }
          summary {
            ar
            en
          }
        }
      }
    }
  }
`);

export const ConsultationQuery = graphql(`
  query ParticipationConsultation($id: ID!) {
    consultation(id: $id) {
      id
      uuid
      phase
      ownerKind
      opensAt
      closesAt
      answerDueAt
      answeredAt
      viewerIsOwner
      governorateCodes
      targetGroupCodes
      title {
        ar
        en
      }
      summary {
        ar
        en
      }
      documents {
        language
        url
      }
      sections {
        id
        uuid
        position
        title {
          ar
          en
        }
        text {
          ar
          en
        }
        whatChanged {
          ar
          en
        }
        positionCounts {
          support
          supportWithChanges
          oppose
        }
        contributions {
          id
          uuid
          position
          comment
          version
          evidenceUrl
          endorsementCount
          viewerCanEdit
          answer
          answerReason
          organization {
            id
            slug
            name {
              ar
              en
            }
          }
          endorsements {
            id
            name {
              ar
              en
            }
          }
        }
      }
    }
  }
`);

export const ConsultationReportQuery = graphql(`
  query ParticipationReport($id: ID!) {
    consultation(id: $id) {
      id
      uuid
      phase
      title {
        ar
        en
      }
      report {
        contributions
        organizations {
          value
          fewerThanFive
        }
        byGovernorate {
          key
          organizations {
            value
            fewerThanFive
          }
        }
        bySize {
          key
          organizations {
            value
            fewerThanFive
          }
        }
        byTargetGroup {
          key
          organizations {
            value
            fewerThanFive
          }
        }
        sections {
          sectionId
          accepted
          title {
            ar
            en
          }
          positions {
            support
            supportWithChanges
            oppose
          }
          whatChanged {
            ar
            en
          }
        }
      }
    }
  }
`);

export const ContributionCreateMutation = graphql(`
  mutation ParticipationContribute($input: ConsultationContributionCreateInput!) {
    consultationContributionCreate(input: $input) {
      contribution {
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

export const ContributionUpdateMutation = graphql(`
  mutation ParticipationContributionUpdate($input: ConsultationContributionUpdateInput!) {
    consultationContributionUpdate(input: $input) {
      contribution {
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

export const ContributionEndorseMutation = graphql(`
  mutation ParticipationEndorse($input: ConsultationContributionEndorseInput!) {
    consultationContributionEndorse(input: $input) {
      contribution {
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

export const ContributionAnswerMutation = graphql(`
  mutation ParticipationAnswer($input: ConsultationContributionAnswerInput!) {
    consultationContributionAnswer(input: $input) {
      contribution {
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

export const SectionChangesMutation = graphql(`
  mutation ParticipationSectionChanges($input: ConsultationSectionChangesSetInput!) {
    consultationSectionChangesSet(input: $input) {
      section {
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

export const ReportPublishMutation = graphql(`
  mutation ParticipationReportPublish($input: ConsultationReportPublishInput!) {
    consultationReportPublish(input: $input) {
      consultation {
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
