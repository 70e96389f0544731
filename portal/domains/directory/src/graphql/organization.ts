import { graphql } from '@shabaka/graphql';

/** An organisation's public profile. */
export const OrganizationProfileQuery = graphql(`
  query OrganizationProfile($slug: String!) {
    organizationBySlug(slug: $slug) {
      id
      slug
      acronym
      name {
        ar
        en
      }
      mission {
        ar
        en
      }
      address {
        ar
        en
      }
      district
      foundingYear
      staffCount
      volunteerCount
      website
      logoUrl
      status
      updatedAt
      governorate {
        code
        name {
          ar
          en
        }
      }
      legalForm {
        code
        name {
          ar
          en
        }
      }
      identifiers {
        scheme
        identifier
      }
      verification {
        state
        decidedAt
      }
      targetGroups {
        code
        name {
          ar
          en
        }
      }
      sectors {
        code
        name {
          ar
          en
        }
      }
      publicContacts {
        name
        role
        phone
        email
      }
      socialLinks {
        kind
        url
      }
      capacityAssessments {
        assessedOn
        governance
        finance
        humanResources
        programmeDelivery
        monitoringEvaluation
        advocacy
      }
    }
  }
`);
