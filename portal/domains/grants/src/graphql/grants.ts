import { graphql } from '@shabaka/graphql';

export const GrantCallsQuery = graphql(`
  query GrantCalls($first: Int) {
    grantCalls(first: $first) {
      totalCount
      edges {
        node {
          id
          uuid
          status
          isOpen
          opensAt
          deadlineAt
          title {
            ar
            en
          }
          maxGrant {
            amountMinor
            currency
          }
          lots {
            id
            theme
            title {
              ar
              en
            }
          }
        }
      }
    }
  }
`);

export const GrantCallQuery = graphql(`
  query GrantCall($id: ID!) {
    grantCall(id: $id) {
      id
      uuid
      status
      isOpen
      opensAt
      deadlineAt
      title {
        ar
        en
      }
      guidelines {
        ar
        en
      }
      currency
      minGrant {
        amountMinor
        currency
      }
      maxGrant {
        amountMinor
        currency
      }
      maxGrantJod {
        amountMinor
        currency
      }
      cofinancingRateBps
      eligibility {
        requiresVerified
        minYearsRegistered
        governorateCodes
        minCoApplicants
        maxCoApplicants
        publicAssociatesAllowed
        maxDurationMonths
      }
      requiredDocuments {
        code
        name {
          ar
          en
        }
      }
      guidelinesDocument {
        sizeBytes
      }
      lots {
        id
        position
        theme
        title {
          ar
          en
        }
        envelope {
          amountMinor
          currency
        }
        applicationsReceived
      }
      questions {
        id
        question {
          ar
          en
        }
        answer {
          ar
          en
        }
        publishedAt
      }
    }
  }
`);

export const GrantApplicationQuery = graphql(`
  query GrantApplicationPage($id: ID!) {
    grantApplication(id: $id) {
      id
      uuid
      status
      version
      viewerCanEdit
      receiptNumber
      submittedAt
      title {
        ar
        en
      }
      summary {
        ar
        en
      }
      description {
        ar
        en
      }
      durationMonths
      locality
      governorateCodes
      targetGroups {
        code
        expectedBeneficiaries
      }
      logframe {
        text {
          ar
          en
        }
        indicators {
          text {
            ar
            en
          }
          baseline
          target
        }
      }
      budgetLines {
        category
        description
        requested {
          amountMinor
          currency
        }
        cofinancing {
          amountMinor
          currency
        }
      }
      budgetTotals {
        requested {
          amountMinor
        }
        cofinancing {
          amountMinor
        }
        total {
          amountMinor
        }
        cofinancingBps
      }
      lot {
        id
      }
      lead {
        id
        name {
          ar
          en
        }
      }
      partners {
        role
        confirmed
        confirmedAt
        organization {
          id
          name {
            ar
            en
          }
        }
        institution {
          id
          name {
            ar
            en
          }
        }
      }
      attachments {
        id
        documentCode
        mediaType
        sizeBytes
        uploadedAt
      }
      call {
        id
        uuid
        deadlineAt
        cofinancingRateBps
        requiredDocuments {
          code
          name {
            ar
            en
          }
        }
        title {
          ar
          en
        }
        lots {
          id
          position
          title {
            ar
            en
          }
        }
      }
    }
  }
`);

export const GrantApplicationCreateMutation = graphql(`
  mutation GrantApplicationCreate($input: GrantApplicationCreateInput!) {
    grantApplicationCreate(input: $input) {
      application {
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

export const GrantApplicationUpdateMutation = graphql(`
  mutation GrantApplicationUpdate($input: GrantApplicationUpdateInput!) {
    grantApplicationUpdate(input: $input) {
      application {
        uuid
        version
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const GrantApplicationSubmitMutation = graphql(`
  mutation GrantApplicationSubmit($input: GrantApplicationSubmitInput!) {
    grantApplicationSubmit(input: $input) {
      application {
        uuid
        receiptNumber
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const GrantViewerApplicationsQuery = graphql(`
  query GrantViewerApplications {
    viewer {
      grantApplications(first: 50) {
        edges {
          node {
            id
            uuid
            status
            receiptNumber
            updatedAt
            title {
              ar
              en
            }
            call {
              uuid
              title {
                ar
                en
              }
            }
            lead {
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

export const GrantPartnerSearchQuery = graphql(`
  query GrantPartnerSearch($search: String!) {
    organizations(search: $search, first: 10) {
      edges {
        node {
          id
          name {
            ar
            en
          }
        }
      }
    }
    institutions(first: 100) {
      edges {
        node {
          id
          name {
            ar
            en
          }
        }
      }
    }
  }
`);

export const GrantViewerInstitutionsQuery = graphql(`
  query GrantViewerInstitutions {
    viewer {
      institutionMemberships {
        role
        institution {
          id
        }
      }
    }
  }
`);

export const GrantApplicationPartnerConfirmMutation = graphql(`
  mutation GrantApplicationPartnerConfirm($input: GrantApplicationPartnerConfirmInput!) {
    grantApplicationPartnerConfirm(input: $input) {
      application {
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

export const GrantCallQuestionAskMutation = graphql(`
  mutation GrantCallQuestionAsk($input: GrantCallQuestionAskInput!) {
    grantCallQuestionAsk(input: $input) {
      question {
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

export const GrantCallAskedQuestionsQuery = graphql(`
  query GrantCallAskedQuestions($id: ID!) {
    grantCall(id: $id) {
      id
      uuid
      title {
        ar
        en
      }
      askedQuestions {
        id
        askedAt
        answeredAt
        question {
          ar
          en
        }
      }
    }
  }
`);

export const GrantCallQuestionPublishMutation = graphql(`
  mutation GrantCallQuestionPublish($input: GrantCallQuestionPublishInput!) {
    grantCallQuestionPublish(input: $input) {
      call {
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

export const GrantApplicationPartnerDeclineMutation = graphql(`
  mutation GrantApplicationPartnerDecline($input: GrantApplicationPartnerDeclineInput!) {
    grantApplicationPartnerDecline(input: $input) {
      application {
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

export const GrantAttachmentPathQuery = graphql(`
  query GrantAttachmentPath($id: ID!) {
    grantApplication(id: $id) {
      id
      attachments {
        id
        path
      }
    }
  }
`);

export const GrantGuidelinesPathQuery = graphql(`
  query GrantGuidelinesPath($id: ID!) {
    grantCall(id: $id) {
      id
      guidelinesDocument {
        path
      }
    }
  }
`);
