import { graphql } from '@shabaka/graphql';

/** What a search result shows of a service (public). */
export const ServiceSummaryFragment = graphql(`
  fragment ServiceSummary on Service {
    id
    uuid
    name {
      ar
      en
    }
    fee
    delivery
    languages
    openNow
    category {
      code
      name {
        ar
        en
      }
    }
    governorates {
      code
      name {
        ar
        en
      }
    }
    organization {
      slug
      name {
        ar
        en
      }
    }
    places {
      available
      waitingList
      updatedAt
      outdated
    }
  }
`);

/** One page of the services search with its facets. */
export const ServicesSearchQuery = graphql(`
  query ServicesSearch($search: String, $filter: ServiceFilter, $first: Int, $after: String) {
    services(search: $search, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        distanceKm
        node {
          ...ServiceSummary
        }
      }
      facets {
        categories {
          value {
            code
            name {
              ar
              en
            }
          }
          count
        }
        governorates {
          value {
            code
            name {
              ar
              en
            }
          }
          count
        }
        targetGroups {
          value {
            code
            name {
              ar
              en
            }
          }
          count
        }
        delivery {
          value
          count
        }
        accessibility {
          value
          count
        }
        languages {
          value
          count
        }
      }
    }
  }
`);

/** Everything a family or a social worker needs to act on one service. */
export const ServicePageQuery = graphql(`
  query ServicePage($id: ID!) {
    service(id: $id) {
      ...ServiceSummary
      description {
        ar
        en
      }
      eligibility {
        ar
        en
      }
      feeDetails {
        ar
        en
      }
      ageMin
      ageMax
      targetGroups {
        code
        name {
          ar
          en
        }
      }
      contact {
        phone
        email
      }
      referral {
        intakeCriteria {
          ar
          en
        }
        documents {
          ar
          en
        }
        steps {
          ar
          en
        }
        officeHours {
          ar
          en
        }
        complaints {
          ar
          en
        }
      }
      hours {
        weekday
        opensAt
        closesAt
      }
      locations {
        id
        district
        localityType
        address {
          ar
          en
        }
        latitude
        longitude
        accessibility
        governorate {
          code
          name {
            ar
            en
          }
        }
      }
    }
  }
`);

/** An organisation's services, for its page and for its editors. */
export const OrganizationServicesQuery = graphql(`
  query OrganizationServices($slug: String!) {
    organizationBySlug(slug: $slug) {
      id
      slug
      name {
        ar
        en
      }
      services {
        ...ServiceSummary
      }
    }
    serviceCategories {
      code
      name {
        ar
        en
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

export const ServicePlacesUpdateMutation = graphql(`
  mutation ServicePlacesUpdate($input: ServicePlacesUpdateInput!) {
    servicePlacesUpdate(input: $input) {
      service {
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

export const ServiceCreateMutation = graphql(`
  mutation ServiceCreate($input: ServiceCreateInput!) {
    serviceCreate(input: $input) {
      service {
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

export const ServiceDeleteMutation = graphql(`
  mutation ServiceDelete($input: ServiceDeleteInput!) {
    serviceDelete(input: $input) {
      deletedServiceId
      userErrors {
        field
        code
        message
      }
    }
  }
`);
