import { graphql } from '@shabaka/graphql';

/** The public figures: per measure, governorates by quarter with national totals (suppressed cells have no value). */
export const DeinstFiguresQuery = graphql(`
  query DeinstFigures {
    deinstitutionalisationFigures {
      quarters
      tables {
        measure
        rows {
          governorate {
            code
            name {
              ar
              en
            }
          }
          cells {
            value
            suppressed
          }
          total {
            value
            suppressed
          }
        }
        nationalTotals {
          value
          suppressed
        }
        grandTotal {
          value
          suppressed
        }
      }
    }
  }
`);

/** The officers' list of institutions with their latest figures. */
export const DeinstInstitutionsQuery = graphql(`
  query DeinstInstitutions {
    careInstitutions(first: 100) {
      totalCount
      edges {
        node {
          id
          name {
            ar
            en
          }
          ownership
          governorate {
            code
            name {
              ar
              en
            }
          }
          capacity
          active
          quarters {
            period
            year
            quarter
            residents
            transitionsToFamily
            transitionsToCommunity
            communityPlaces
            version
          }
        }
      }
    }
  }
`);

/** The institution form's lists. */
export const DeinstGovernoratesQuery = graphql(`
  query DeinstGovernorates {
    governorates {
      code
      name {
        ar
        en
      }
    }
  }
`);

/** One institution to edit. */
export const DeinstInstitutionQuery = graphql(`
  query DeinstInstitution($id: ID!) {
    careInstitution(id: $id) {
      id
      name {
        ar
        en
      }
      ownership
      governorate {
        code
      }
      capacity
      active
      version
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

export const DeinstInstitutionCreateMutation = graphql(`
  mutation DeinstInstitutionCreate($input: CareInstitutionCreateInput!) {
    careInstitutionCreate(input: $input) {
      institution {
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

export const DeinstInstitutionUpdateMutation = graphql(`
  mutation DeinstInstitutionUpdate($input: CareInstitutionUpdateInput!) {
    careInstitutionUpdate(input: $input) {
      institution {
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

export const DeinstQuarterRecordMutation = graphql(`
  mutation DeinstQuarterRecord($input: CareInstitutionQuarterRecordInput!) {
    careInstitutionQuarterRecord(input: $input) {
      figures {
        period
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
